/** Pure plot geometry: scales, grids, contours, fields, arrows, colours and number formats. */
export * from './scales';
export * from './grid';
export * from './thresholds';
export * from './contours';
export * from './field-image';
export * from './code-image';
export * from './arrows';
export * from './colour';
export * from './colour-maps';
export * from './format';
