import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { runCoordinateDescent } from '~/core/coordinate-descent';
import { makeQuadratic, rosenbrock } from '~/core/objectives';

const bowl = makeQuadratic({ kappa: 10, angle: Math.PI / 6 });

describe('runCoordinateDescent', () => {
  it('moves one coordinate per sub-step, using the gradient at the point already moved', () => {
    const c = runCoordinateDescent({ objective: bowl, lr: 0.05, start: [2, 1], sweeps: 1 });
    const g = bowl.grad([2, 1], new Float64Array(2));
    const x1 = 2 - 0.05 * g[0]!;
    expect(c.positions[2]).toBeCloseTo(x1, 14);
    expect(c.positions[3]).toBe(1);
    const g2 = bowl.grad([x1, 1], new Float64Array(2));
    expect(c.positions[5]).toBeCloseTo(1 - 0.05 * g2[1]!, 14);
    expect(c.positions.length).toBe(3 * 2);
    expect(c.sweepPositions.length).toBe(2 * 2);
  });

  it('differs from gradient descent, which moves both coordinates from one gradient', () => {
    const c = runCoordinateDescent({ objective: bowl, lr: 0.05, start: [2, 1], sweeps: 1 });
    const gd = run({ objective: bowl, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [2, 1], steps: 1 });
    expect(c.sweepPositions[2]).toBeCloseTo(gd.positions[2]!, 14);
    expect(Math.abs(c.sweepPositions[3]! - gd.positions[3]!)).toBeGreaterThan(1e-3);
  });

  it('agrees with gradient descent when the coordinates do not interact (axis-aligned bowl)', () => {
    const sep = makeQuadratic({ kappa: 4, angle: 0 });
    const c = runCoordinateDescent({ objective: sep, lr: 0.1, start: [2, -1], sweeps: 20 });
    const gd = run({ objective: sep, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [2, -1], steps: 20 });
    for (let i = 0; i < gd.positions.length; i++) expect(c.sweepPositions[i]).toBeCloseTo(gd.positions[i]!, 12);
  });

  it('stops before a non-finite or out-of-bound point and says it diverged', () => {
    const c = runCoordinateDescent({ objective: rosenbrock, lr: 0.1, start: [-1.2, 1], sweeps: 50, bound: 100 });
    expect(c.status.kind).toBe('diverged');
    expect(Array.from(c.positions).every(Number.isFinite)).toBe(true);
    expect(c.sweepLoss.length).toBe(c.sweeps + 1);
  });
});
