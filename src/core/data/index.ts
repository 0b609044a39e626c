/**
 * Data for the book: real regression data from vega-datasets (extracted at
 * build time by scripts/extract-data.mjs), the least-squares objective with
 * standardisation and mini-batches, and seeded 2-D classification sets.
 *
 *   const std = standardize(penguins.x, penguins.y);
 *   const J = makeLeastSquares(std.x, std.y);
 */
export { cars, carsCredit, findRegressionData, penguins, penguinsCredit, regressionDataIds, type RegressionData } from './datasets';
export {
  closedFormLine,
  IDENTITY,
  makeLeastSquares,
  standardize,
  toOriginalLine,
  toStandardLine,
  type LeastSquaresObjective,
  type Line,
  type Standardization,
} from './least-squares';
export { makeBatcher, type Batcher, type BatcherOptions } from './batcher';
export {
  circles,
  CLASSIFICATION_DOMAIN,
  classificationKinds,
  makeClassification,
  moons,
  spiral,
  twoBlobs,
  xor,
  type ClassificationData,
  type ClassificationKind,
  type ClassificationOptions,
} from './classification';
export { VOLCANO_ELEVATION, VOLCANO_HEIGHT, VOLCANO_WIDTH } from './volcano-data';
