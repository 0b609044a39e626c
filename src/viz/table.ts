/**
 * The data table behind a plotted path: one row per step with the position,
 * the loss and the gradient norm, for readers who want the numbers (and screen
 * readers). Pure; widgets hand it to their Figure on demand.
 *
 *   trajectoryTable(traj, ['x', 'y']) // { columns: [...], rows: [{ step: 0, x: .., y: .., loss: .., grad: .. }, ...] }
 */
import type { Trajectory } from '~/core/runner';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly digits?: number;
}

export interface DataTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly Readonly<Record<string, number>>[];
}

export function trajectoryTable(traj: Pick<Trajectory, 'dim' | 'length' | 'positions' | 'loss' | 'gradNorm'>, names: readonly string[], digits = 4): DataTable {
  const columns: TableColumn[] = [
    { key: 'step', label: 'step', digits: 0 },
    ...names.map((n) => ({ key: n, label: n, digits })),
    { key: 'loss', label: 'loss', digits },
    { key: 'grad', label: '|∇L|', digits },
  ];
  const rows: Record<string, number>[] = [];
  for (let k = 0; k <= traj.length; k++) {
    const row: Record<string, number> = { step: k, loss: traj.loss[k] ?? Number.NaN, grad: traj.gradNorm[k] ?? Number.NaN };
    names.forEach((n, i) => {
      row[n] = traj.positions[k * traj.dim + i] ?? Number.NaN;
    });
    rows.push(row);
  }
  return { columns, rows };
}

/** A path drawn on a 2-D map: flat `x0, y0, x1, y1, …` or `[[x, y], …]` (as the plots take them). */
export interface TablePath {
  readonly label: string;
  readonly points: Float64Array | readonly (readonly number[])[];
  /** The loss at each point when the path carries it (a Trajectory's `loss`); else `f` gives it. */
  readonly loss?: ArrayLike<number>;
}

/**
 * The data table behind the paths drawn on one map (a race, a comparison):
 * one row per step, and for each path its coordinates and its loss (carried
 * by the path, or computed with the surface `f`) ("Adam x", "Adam y", "Adam loss"). A path that stopped earlier
 * (diverged, or settled) shows dashes after its last step.
 *
 *   runsTable(runs, objective.f)   // runs: the RunData the map draws
 */
export function runsTable(paths: readonly TablePath[], f?: (p: readonly number[]) => number, names: readonly [string, string] = ['x', 'y'], digits = 4): DataTable {
  const columns: TableColumn[] = [{ key: 'step', label: 'step', digits: 0 }];
  const count = (p: TablePath['points']) => (p instanceof Float64Array ? Math.floor(p.length / 2) : p.length);
  const at = (p: TablePath['points'], k: number): [number, number] =>
    p instanceof Float64Array ? [p[2 * k] ?? Number.NaN, p[2 * k + 1] ?? Number.NaN] : [p[k]?.[0] ?? Number.NaN, p[k]?.[1] ?? Number.NaN];
  paths.forEach((r, j) => {
    columns.push({ key: `${String(j)}.x`, label: `${r.label} ${names[0]}`, digits });
    columns.push({ key: `${String(j)}.y`, label: `${r.label} ${names[1]}`, digits });
    if (f || r.loss) columns.push({ key: `${String(j)}.loss`, label: `${r.label} loss`, digits });
  });
  const steps = paths.reduce((m, r) => Math.max(m, count(r.points)), 0);
  const rows: Record<string, number>[] = [];
  for (let k = 0; k < Math.max(1, steps); k++) {
    const row: Record<string, number> = { step: k };
    paths.forEach((r, j) => {
      const [x, y] = k < count(r.points) ? at(r.points, k) : [Number.NaN, Number.NaN];
      row[`${String(j)}.x`] = x;
      row[`${String(j)}.y`] = y;
      if (r.loss) row[`${String(j)}.loss`] = k < count(r.points) ? (r.loss[k] ?? Number.NaN) : Number.NaN;
      else if (f) row[`${String(j)}.loss`] = Number.isFinite(x) && Number.isFinite(y) ? f([x, y]) : Number.NaN;
    });
    rows.push(row);
  }
  return { columns, rows };
}

/** A named column of numbers for `seriesTable`. */
export interface TableSeries {
  readonly label: string;
  readonly values: ArrayLike<number>;
  readonly digits?: number;
}

/**
 * The data table behind a chart: one row per x value (or per step when `x` is
 * left out) and a column per series. Shorter series show dashes at the end.
 *
 *   seriesTable([{ label: 'training loss', values: losses }])            // step, training loss
 *   seriesTable([{ label: 'spread', values: s }], { label: 'batch size', values: bs, digits: 0 })
 */
export function seriesTable(series: readonly TableSeries[], x?: TableSeries, digits = 4): DataTable {
  const xs: TableSeries = x ?? { label: 'step', values: { length: series.reduce((m, s) => Math.max(m, s.values.length), 0) }, digits: 0 };
  const columns: TableColumn[] = [{ key: 'x', label: xs.label, digits: xs.digits ?? digits }];
  series.forEach((s, j) => columns.push({ key: String(j), label: s.label, digits: s.digits ?? digits }));
  const rows: Record<string, number>[] = [];
  for (let k = 0; k < xs.values.length; k++) {
    const row: Record<string, number> = { x: x ? (x.values[k] ?? Number.NaN) : k };
    series.forEach((s, j) => {
      row[String(j)] = s.values[k] ?? Number.NaN;
    });
    rows.push(row);
  }
  return { columns, rows };
}
