/**
 * "Show the code": a figure's exact state as a runnable PyTorch script and a
 * plain NumPy one, and its runs as rows for CSV / JSON. Pure TypeScript, no
 * DOM; loaded only when a reader opens a figure's Code panel. The parity test
 * (tests/unit/codegen/parity.test.ts) runs the scripts with real PyTorch and
 * NumPy and holds their paths to `simulate`'s.
 *
 *   const spec: CodeSpec = { title, url, formula: builtinFormula('rosenbrock')!, objective: rosenbrock, start: [-1.2, 1], steps: 500, runs: [{ id: 'adam', label: 'Adam', optimizer: { id: 'adam', params: { lr: 0.1 } } }] };
 *   pytorchScript(spec); numpyScript(spec); runsCsv(spec, simulate(spec));
 */
export type { CodeFormula, CodeRun, CodeSpec } from './types';
export { builtinFormula, expressionFormula, formulaOf, quadraticFormula, FORMULA_IDS } from './formulas';
export { derivative, type DNode } from './diff';
export { pyExpr, pyNumber, pyFloat, commentText } from './python';
export { pytorchScript, torchOptimizer } from './torch';
export { numpyScript, numpyOptimizer, gradientTrees } from './numpy';
export { torchScheduler, torchSchedulerName } from './schedule-code';
export { simulate, runsCsv, runsJson, type RunRow, type SimulatedRun } from './simulate';
