/**
 * The runs a spec describes, by the core (the same `run` the figures call),
 * as rows: what the scripts print, and what a reader downloads as CSV or
 * JSON, with the optimizer's state at every point when asked.
 *
 *   const runs = simulate(spec, { state: true });
 *   runsCsv(spec, runs); // 'optimizer,step,lr,x,y,loss,grad_norm\nadam,0,0.1,...'
 */
import type { OptimizerState } from '../optimizers/types';
import { run, type RunObjective, type RunStatus } from '../runner';
import type { Vec } from '../types';
import { lrSeries } from '../schedules';
import { coordNames, resolvedParams, runIds } from './common';
import type { CodeSpec } from './types';

export interface RunRow {
  readonly step: number;
  /** The learning rate of the step taken from this point (the script's `opt.param_groups[0]["lr"]` here). */
  readonly lr: number;
  readonly x: readonly number[];
  readonly loss: number;
  readonly gradNorm: number;
  /** The optimizer's internals after `step` steps (momentum buffer, Adam's moments, ...), when asked for. */
  readonly state?: Readonly<Record<string, number | readonly number[]>>;
}

export interface SimulatedRun {
  readonly id: string;
  readonly label: string;
  readonly rows: readonly RunRow[];
  readonly status: RunStatus;
}

/** Internals worth exporting: everything in `OptimizerState` but the bookkeeping. */
function stateOf(s: OptimizerState): Record<string, number | readonly number[]> {
  const out: Record<string, number | readonly number[]> = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'id' || k === 't' || k === 'lr') continue;
    if (typeof v === 'number' || Array.isArray(v)) out[k] = v as number | number[];
  }
  return out;
}

/**
 * The objective as cyclic coordinate descent sees it: the k-th gradient keeps
 * only coordinate k mod dim, so the runner's k-th step moves that coordinate
 * alone, exactly as core/coordinate-descent.ts's runCoordinateDescent (a unit
 * test holds the two paths equal). Not imported from there: sharing the module
 * with this lazy chunk would split it out of its figure's chunk (+0.2 KB on
 * that page).
 */
function coordinateObjective(objective: RunObjective): RunObjective {
  const dim = objective.dim;
  let calls = 0;
  const grad = (x: ArrayLike<number>, out: Vec): Vec => {
    objective.grad(x, out);
    const keep = calls++ % dim;
    for (let i = 0; i < dim; i++) if (i !== keep) out[i] = 0;
    return out;
  };
  return { dim, f: (x) => objective.f(x), grad };
}

export function simulate(spec: CodeSpec, options: { readonly state?: boolean } = {}): SimulatedRun[] {
  const ids = runIds(spec);
  return spec.runs.map((r, i) => {
    const params = resolvedParams(r.optimizer);
    const states: Record<string, number | readonly number[]>[] = [];
    const schedule = r.schedule && r.schedule.kind !== 'constant' ? r.schedule : undefined;
    const tr = run({
      objective: r.coordinate ? coordinateObjective(spec.objective) : spec.objective,
      optimizer: { id: r.optimizer.id, params: params as unknown as Record<string, unknown> },
      start: spec.start,
      steps: r.coordinate ? (r.steps ?? spec.steps) : spec.steps,
      ...(schedule ? { schedule } : {}),
      ...(spec.stop ? { stop: spec.stop } : {}),
      ...(options.state ? { observe: (_t: number, _x: unknown, _g: unknown, opt: { state(): OptimizerState }) => states.push(stateOf(opt.state())) } : {}),
    });
    const dim = tr.dim;
    // The last point's rate (the step not taken): the schedule's next value (lrSeries: already exported to figure pages, lrAt is not).
    const next = schedule ? (lrSeries(schedule, params.lr, tr.length + 1)[tr.length] ?? params.lr) : params.lr;
    const rows: RunRow[] = [];
    for (let t = 0; t <= tr.length; t++) {
      const x = Array.from(tr.positions.subarray(t * dim, (t + 1) * dim));
      const lr = t < tr.length ? tr.lr[t]! : next;
      const row: RunRow = { step: t, lr, x, loss: tr.loss[t]!, gradNorm: tr.gradNorm[t]! };
      const st = options.state ? states[t] : undefined;
      rows.push(st ? { ...row, state: st } : row);
    }
    return { id: ids[i] ?? 'run', label: r.label, rows, status: tr.status };
  });
}

/** The rows as CSV, in the scripts' columns (and number format: shortest round-trip digits). */
export function runsCsv(spec: CodeSpec, runs: readonly SimulatedRun[]): string {
  const many = runs.length > 1;
  const head = `${many ? 'optimizer,' : ''}step,lr,${coordNames(spec).join(',')},loss,grad_norm`;
  const lines = [head];
  for (const r of runs) {
    for (const row of r.rows) lines.push([...(many ? [r.id] : []), row.step, row.lr, ...row.x, row.loss, row.gradNorm].map(String).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The runs as JSON: the figure, its link, and each run's rows (with the optimizer state when simulated with it). */
export function runsJson(spec: CodeSpec, runs: readonly SimulatedRun[]): string {
  return JSON.stringify(
    {
      figure: spec.title,
      url: spec.url,
      objective: spec.formula.label,
      start: spec.start,
      steps: spec.steps,
      stop: spec.stop ?? {},
      runs: runs.map((r, i) => ({
        id: r.id,
        label: r.label,
        optimizer: spec.runs[i]?.optimizer.id,
        params: spec.runs[i] ? resolvedParams(spec.runs[i].optimizer) : {},
        schedule: spec.runs[i]?.schedule ?? { kind: 'constant' },
        status: r.status,
        rows: r.rows.map((row) => ({ step: row.step, lr: row.lr, x: row.x, loss: row.loss, gradNorm: row.gradNorm, ...(row.state ? { state: row.state } : {}) })),
      })),
    },
    null,
    1,
  );
}
