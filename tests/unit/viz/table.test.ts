import { describe, expect, it } from 'vitest';
import { run } from '~/core/run';
import { makeQuadratic } from '~/core/objectives';
import { runsTable, trajectoryTable } from '~/viz/table';

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
  it('has a column per coordinate and loss of each run, one row per step, dashes after a shorter run ends', () => {
    const q = makeQuadratic({ kappa: 4, angle: 0 });
    const a = run({ objective: q, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 3 });
    const b = run({ objective: q, optimizer: { id: 'adam', params: { lr: 0.1 } }, start: [1, 1], steps: 6 });
    const t = runsTable([{ label: 'GD', traj: a }, { label: 'Adam', traj: b }], ['x', 'y']);
    expect(t.columns.map((c) => c.label)).toEqual(['step', 'GD x', 'GD y', 'GD loss', 'Adam x', 'Adam y', 'Adam loss']);
    expect(t.rows).toHaveLength(7);
    const keys = t.columns.map((c) => c.key);
    const row = (k: number) => keys.map((key) => t.rows[k]?.[key]);
    expect(row(3)).toEqual([3, a.positions[6], a.positions[7], a.loss[3], b.positions[6], b.positions[7], b.loss[3]]);
    expect(row(6).slice(1, 4).every((v) => Number.isNaN(v))).toBe(true);
    expect(row(6)[6]).toBe(b.loss[6]);
  });

  it('without runs, has only the step column and step 0', () => {
    expect(runsTable([], ['x']).rows).toEqual([{ step: 0 }]);
  });
});
