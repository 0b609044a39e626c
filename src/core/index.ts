/**
 * The public surface of Downhill's optimisation core: pure TypeScript, no DOM.
 * Widgets, tests and outside users import from here.
 *
 *   import { makeOptimizer, run, lrAt } from '~/core';
 *   const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
 */
export * from './types';
export * from './rng';
export * from './optimizers';
export * from './schedules';
export * from './run';
