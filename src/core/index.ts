/**
 * The public surface of Downhill's optimisation core: pure TypeScript, no DOM.
 * Widgets, tests and outside users import from here, and every module of the
 * core is exported here. Keep every module free of top-level side effects (or
 * mark the computations `@__PURE__`), so bundlers keep only what a page uses.
 *
 *   import { makeOptimizer, run, lrAt } from '~/core';
 *   const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
 *
 * By concept:
 *   types, rng                 vectors, objectives' shape, seeded randomness
 *   optimizers/                the update rules (torch.optim semantics), one kernel each
 *   schedules                  learning-rate schedules
 *   runner                     the one trajectory runner, `run`
 *   noise                      seeded gradient noise (an objective wrapper for the runner)
 *   trace                      a run that keeps the optimizer's internals (over the runner)
 *   minibatch                  mini-batch runs (over the runner) and batch-gradient statistics
 *   coordinate-descent         one coordinate at a time (over the runner and gd)
 *   momentum-steps             momentum drawn in velocity variables (over the runner and sgd)
 *   quadratic-rates            gradient descent's and the heavy ball's rates on quadratics, worked out on paper (explainQuadraticStep)
 *   many-starts                basin maps and random restarts: many runs, their ends only
 *   grid-search                counting grid points
 *   objectives/, data/, expr/, nn/   surfaces, data sets, typed-in formulas, a tiny network
 */
export * from './types';
export * from './rng';
export * from './optimizers';
export * from './schedules';
export * from './runner';
export * from './noise';
export * from './trace';
export * from './minibatch';
export * from './coordinate-descent';
export * from './momentum-steps';
export * from './quadratic-rates';
export * from './many-starts';
export * from './grid-search';
export * from './line-search';
export * from './objectives';
export * from './data';
export * from './expr';
export * from './nn';
