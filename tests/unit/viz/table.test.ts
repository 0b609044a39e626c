import { describe, expect, it } from 'vitest';
import { run } from '~/core/run';
import { makeQuadratic } from '~/core/objectives';
import { trajectoryTable } from '~/viz/table';

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
