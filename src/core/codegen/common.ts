/**
 * What the PyTorch and NumPy scripts share: the header naming the figure and
 * its exact state, the objective's and the stopping rule's lines, and the
 * resolved hyperparameters of every run.
 */
import { toPlain } from '../expr/plain';
import { makeOptimizer } from '../optimizers';
import type { OptimizerId, OptimizerParamsMap } from '../optimizers/types';
import { pyExpr, pyFloat, pyNumber, commentText, type Lib } from './python';
import type { CodeRun, CodeSpec } from './types';

/** A run with its hyperparameters resolved over PyTorch's defaults (every one written in the script). */
export interface ResolvedRun {
  readonly id: string;
  readonly label: string;
  readonly optimizer: OptimizerId;
  readonly params: OptimizerParamsMap[OptimizerId];
  readonly schedule: CodeRun['schedule'];
  readonly coordinate: boolean;
}

/**
 * The runner's divergence bound when a figure gives none (core/runner.ts's
 * DEFAULT_BOUND; a unit test keeps the two equal). Not imported: a new export
 * from the runner's chunk would cost every figure page bytes.
 */
export const BOUND = 1e6;

/**
 * A run's hyperparameters over PyTorch's defaults, validated: the optimizer's
 * own resolved copy (makeOptimizer is already exported to every figure page;
 * resolveParams is not).
 */
export const resolvedParams = (o: CodeRun['optimizer']): OptimizerParamsMap[OptimizerId] =>
  makeOptimizer(o.id, o.params ?? {}).params as OptimizerParamsMap[OptimizerId];

/** A CSV-safe run id: lower-case letters, digits and '-'. */
export const runId = (id: string): string => id.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 40) || 'run';

/** Each run's CSV id, made unique (a second `adam` is `adam-2`). */
export function runIds(spec: CodeSpec): string[] {
  const seen = new Map<string, number>();
  return spec.runs.map((r) => {
    const id = runId(r.id);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

export function resolveRuns(spec: CodeSpec): ResolvedRun[] {
  const ids = runIds(spec);
  return spec.runs.map((r, i) => ({
    id: ids[i] ?? 'run',
    label: commentText(r.label),
    optimizer: r.optimizer.id,
    params: resolvedParams(r.optimizer),
    schedule: r.schedule && r.schedule.kind !== 'constant' ? r.schedule : undefined,
    coordinate: r.coordinate === true,
  }));
}

/** `x, y` or `x`: the coordinates' names. */
export const coordNames = (spec: CodeSpec): string[] => (spec.formula.dim === 1 ? ['x'] : ['x', 'y']);

export function checkSpec(spec: CodeSpec): void {
  if (spec.start.length !== spec.formula.dim) throw new Error(`codegen: start has ${spec.start.length} coordinates, the formula ${spec.formula.dim}`);
  if (!spec.start.every(Number.isFinite)) throw new Error('codegen: the start is not finite');
  if (!(Number.isInteger(spec.steps) && spec.steps >= 0)) throw new Error(`codegen: invalid steps = ${String(spec.steps)}`);
  if (spec.runs.length === 0) throw new Error('codegen: no runs');
  for (const r of spec.runs) {
    if (r.coordinate && (r.optimizer.id !== 'gd' || (r.schedule && r.schedule.kind !== 'constant'))) throw new Error('codegen: coordinate descent takes plain gradient steps, without a schedule');
  }
}

/** The header: which figure, which state, what runs. */
export function header(spec: CodeSpec, runs: readonly ResolvedRun[], what: string, install: string): string[] {
  const names = runs.map((r) => r.label).join(', ');
  const vars = coordNames(spec).join(', ');
  return [
    `# Downhill, ${commentText(spec.title)}: ${what}.`,
    `# This exact state: ${commentText(spec.url)}`,
    `# ${names} on ${commentText(spec.formula.label)}, f(${vars}) = ${commentText(toPlain(spec.formula.f))},`,
    `# from (${spec.start.map((v) => pyNumber(v)).join(', ')}), at most ${spec.steps} steps, in float64 like the figure.`,
    `# Needs Python 3 and ${install}; prints one CSV row per point of the path.`,
    ...(spec.note ? [`# Not here: ${commentText(spec.note)}`] : []),
    '',
  ];
}

/** The settings block: steps, stopping rule, divergence bound. */
export function settings(spec: CodeSpec, lib: Lib): string[] {
  const stop = spec.stop ?? {};
  const out = [`STEPS = ${spec.steps}  # at most this many steps`];
  if (stop.gradNorm !== undefined) out.push(`GRAD_TOL = ${pyFloat(stop.gradNorm, lib)}  # stop once the gradient's length is at most this`);
  if (stop.stepSize !== undefined) out.push(`STEP_TOL = ${pyFloat(stop.stepSize, lib)}  # stop once a step is at most this long`);
  if (stop.lossChange !== undefined) out.push(`LOSS_TOL = ${pyFloat(stop.lossChange, lib)}  # stop once the loss changes by at most this`);
  if (stop.patience !== undefined) {
    out.push(`PATIENCE = ${stop.patience}  # stop after this many steps without a new best loss`);
    out.push(`MIN_DELTA = ${pyFloat(stop.minDelta ?? 0, lib)}  # by more than this`);
  }
  out.push(`BOUND = ${pyFloat(stop.bound ?? BOUND, lib)}  # diverged once a coordinate is beyond ±BOUND`);
  return out;
}

/** The stopping checks after a point is printed (indented for the loop body); `gn`, `loss`, `step` in scope, `state` a dict. */
export function stopChecks(spec: CodeSpec, indent: string, stepLen: string): string[] {
  const stop = spec.stop ?? {};
  const out: string[] = [];
  if (stop.gradNorm !== undefined) out.push(`if grad_norm <= GRAD_TOL:  # converged: the gradient has vanished`, `    break`);
  if (stop.stepSize !== undefined) out.push(`if step > 0 and ${stepLen} <= STEP_TOL:  # converged: steps have become tiny`, `    break`);
  if (stop.lossChange !== undefined) out.push(`if step > 0 and abs(loss - prev_loss) <= LOSS_TOL:  # converged: the loss has stopped changing`, `    break`);
  if (stop.patience !== undefined) {
    out.push(
      `if step > 0:  # early stopping: no new best loss for PATIENCE steps`,
      `    if loss < best - MIN_DELTA:`,
      `        best, waited = loss, 0`,
      `    else:`,
      `        waited += 1`,
      `        if waited >= PATIENCE:`,
      `            break`,
    );
  }
  return out.map((l) => indent + l);
}

/** The objective's body lines: unpack the coordinates, return the expression. */
export function objectiveBody(spec: CodeSpec, lib: Lib, indent: string): string[] {
  const unpack = spec.formula.dim === 1 ? 'x = w[0]' : 'x, y = w';
  return [`${indent}${unpack}`, `${indent}return ${pyExpr(spec.formula.f, lib)}`];
}

export const pyBool = (b: boolean): string => (b ? 'True' : 'False');
export { pyFloat, pyNumber };
