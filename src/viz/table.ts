/**
 * The data table behind a plotted path: one row per step with the position,
 * the loss and the gradient norm, for readers who want the numbers (and screen
 * readers). Pure; widgets hand it to their Figure on demand.
 *
 *   trajectoryTable(traj, ['x', 'y']) // { columns: [...], rows: [{ step: 0, x: .., y: .., loss: .., grad: .. }, ...] }
 */
import type { Trajectory } from '~/core/run';

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

/** A labelled run for `runsTable`. */
export interface LabelledRun {
  readonly label: string;
  readonly traj: Pick<Trajectory, 'dim' | 'length' | 'positions' | 'loss'>;
}

/**
 * The data table behind several paths drawn together (a race, a comparison):
 * one row per step, and for each run its coordinates and loss ("Adam x",
 * "Adam y", "Adam loss"). A run that stopped earlier (diverged, or converged
 * and stopped) shows dashes after its last step.
 *
 *   runsTable([{ label: 'SGD', traj: a }, { label: 'Adam', traj: b }], ['x', 'y'])
 */
export function runsTable(runs: readonly LabelledRun[], names: readonly string[], digits = 4): DataTable {
  const columns: TableColumn[] = [{ key: 'step', label: 'step', digits: 0 }];
  runs.forEach((r, j) => {
    names.forEach((n, i) => columns.push({ key: `${String(j)}.${String(i)}`, label: `${r.label} ${n}`, digits }));
    columns.push({ key: `${String(j)}.loss`, label: `${r.label} loss`, digits });
  });
  const steps = runs.reduce((m, r) => Math.max(m, r.traj.length), 0);
  const rows: Record<string, number>[] = [];
  for (let k = 0; k <= steps; k++) {
    const row: Record<string, number> = { step: k };
    runs.forEach((r, j) => {
      const has = k <= r.traj.length;
      names.forEach((_, i) => {
        row[`${String(j)}.${String(i)}`] = has ? (r.traj.positions[k * r.traj.dim + i] ?? Number.NaN) : Number.NaN;
      });
      row[`${String(j)}.loss`] = has ? (r.traj.loss[k] ?? Number.NaN) : Number.NaN;
    });
    rows.push(row);
  }
  return { columns, rows };
}
