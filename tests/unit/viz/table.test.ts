import { describe, expect, it } from 'vitest';
import { run } from '~/core/runner';
import { makeQuadratic } from '~/core/objectives';
import { runsTable, seriesTable, trajectoryTable } from '~/viz/table';

describe('the data table behind a path', () => {
  it('has one row per position, with the coordinates, loss and gradient norm of that step', () => {
    const q = makeQuadratic({ kappa: 4, angle: 0 });
    const traj = run({ objective: q, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 5 });
    const t = trajectoryTable(traj, ['x', 'y']);
    expect(t.columns.map((c) => c.key)).toEqual(['step', 'x', 'y', 'loss', 'grad']);
    expect(t.rows).toHaveLength(traj.length + 1);
    expect(t.rows[0]).toMatchObject({ step: 0, x: 1, y: 1, loss: q.f([1, 1]) });
    const last = t.rows[traj.length]!;
    expect(last['x']).toBe(traj.positions[2 * traj.length]);
    expect(last['grad']).toBe(traj.gradNorm[traj.length]);
  });
});

describe('the data table behind several paths', () => {
  it('has a column per coordinate and loss of each path, one row per step, dashes after a shorter path ends', () => {
    const q = makeQuadratic({ kappa: 4, angle: 0 });
    const a = run({ objective: q, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 3 });
    const b = run({ objective: q, optimizer: { id: 'adam', params: { lr: 0.1 } }, start: [1, 1], steps: 6 });
    const t = runsTable([{ label: 'GD', points: a.positions }, { label: 'Adam', points: b.positions }], q.f);
    expect(t.columns.map((c) => c.label)).toEqual(['step', 'GD x', 'GD y', 'GD loss', 'Adam x', 'Adam y', 'Adam loss']);
    expect(t.rows).toHaveLength(7);
    const keys = t.columns.map((c) => c.key);
    const row = (k: number) => keys.map((key) => t.rows[k]?.[key]);
    expect(row(3)).toEqual([3, a.positions[6], a.positions[7], a.loss[3], b.positions[6], b.positions[7], b.loss[3]]);
    expect(row(6).slice(1, 4).every((v) => Number.isNaN(v))).toBe(true);
    expect(row(6)[6]).toBe(b.loss[6]);
  });

  it('takes points as pairs too, and leaves out the loss without a surface', () => {
    const t = runsTable([{ label: 'p', points: [[1, 2], [3, 4]] }], undefined, ['a (m)', 'b (m)']);
    expect(t.columns.map((c) => c.label)).toEqual(['step', 'p a (m)', 'p b (m)']);
    expect(t.rows).toEqual([{ step: 0, '0.x': 1, '0.y': 2 }, { step: 1, '0.x': 3, '0.y': 4 }]);
    const withLoss = runsTable([{ label: 'p', points: [[1, 2], [3, 4]], loss: [5, 6] }, { label: 'q', points: [[0, 0]], loss: [7] }]);
    expect(withLoss.rows.map((r) => [r['0.loss'], r['1.loss']])).toEqual([[5, 7], [6, NaN]]);
  });
});

describe('the data table behind a chart', () => {
  it('has a row per step and a column per series, dashes where a series is shorter', () => {
    const t = seriesTable([{ label: 'train', values: [3, 2, 1] }, { label: 'test', values: [4, 3] }]);
    expect(t.columns.map((c) => c.label)).toEqual(['step', 'train', 'test']);
    expect(t.rows).toEqual([{ x: 0, '0': 3, '1': 4 }, { x: 1, '0': 2, '1': 3 }, { x: 2, '0': 1, '1': NaN }]);
  });

  it('uses the given x values and their label and digits', () => {
    const t = seriesTable([{ label: 'spread', values: [1, 0.5] }], { label: 'batch size', values: [1, 4], digits: 0 });
    expect(t.columns[0]).toEqual({ key: 'x', label: 'batch size', digits: 0 });
    expect(t.rows.map((r) => r['x'])).toEqual([1, 4]);
  });
});
