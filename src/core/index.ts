/**
 * The public surface of Downhill's optimisation core: pure TypeScript, no DOM.
 * Widgets, tests and outside users import from here. Keep every module free of
 * top-level side effects, so bundlers keep only what a page uses.
 *
 *   import { makeOptimizer, run, lrAt } from '~/core';
 *   const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
 */
export * from './types';
export * from './rng';
export * from './optimizers';
export * from './schedules';
export * from './run';
export * from './objectives';
export * from './data';
export * from './expr';
export * from './nn';
export * from './stochastic';
