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
