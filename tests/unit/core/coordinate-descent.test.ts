import fc from 'fast-check';
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

describe('runCoordinateDescent is a wrapper over run() and gradient descent (property)', () => {
  /** f = sum a_i (x_i - c_i)^2 / 2: the coordinates do not interact. */
  const separable = (a: number[], c: number[]) => ({
    dim: a.length,
    f: (x: ArrayLike<number>) => a.reduce((s, ai, i) => s + 0.5 * ai * (x[i]! - c[i]!) ** 2, 0),
    grad: (x: ArrayLike<number>, out: Float64Array) => {
      for (let i = 0; i < a.length; i++) out[i] = a[i]! * (x[i]! - c[i]!);
      return out;
    },
  });
  const coords = fc.integer({ min: 1, max: 4 }).chain((d) =>
    fc.tuple(
      fc.array(fc.double({ min: 0.1, max: 20, noNaN: true }), { minLength: d, maxLength: d }),
      fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: d, maxLength: d }),
      fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: d, maxLength: d }),
    ),
  );

  it('on a separable surface, each sweep is one gradient-descent step of run(), bit for bit', () => {
    fc.assert(
      fc.property(coords, fc.double({ min: 0, max: 0.3, noNaN: true }), fc.integer({ min: 0, max: 30 }), ([a, c, start], lr, sweeps) => {
        const objective = separable(a, c);
        const cd = runCoordinateDescent({ objective, lr, start, sweeps, bound: 1e3 });
        const gd = run({ objective, optimizer: { id: 'gd', params: { lr } }, start, steps: sweeps, stop: { bound: 1e3 } });
        expect(cd.sweeps).toBe(gd.length);
        expect(Array.from(cd.sweepPositions).every((v, i) => Object.is(v, gd.positions[i]))).toBe(true);
        expect(Array.from(cd.sweepLoss).every((v, i) => Object.is(v, gd.loss[i]))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('on any surface, sub-step k moves coordinate k mod dim alone, by exactly -lr df/dx_i there', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -1, max: 3, noNaN: true }), (lr, x0, y0) => {
        const cd = runCoordinateDescent({ objective: rosenbrock, lr, start: [x0, y0], sweeps: 15, bound: 100 });
        const g = new Float64Array(2);
        const rows = cd.positions.length / 2;
        for (let k = 0; k + 1 < rows; k++) {
          const x = cd.positions.subarray(2 * k, 2 * k + 2);
          const y = cd.positions.subarray(2 * k + 2, 2 * k + 4);
          const i = k % 2;
          rosenbrock.grad(x, g);
          expect(Object.is(y[i], x[i]! - lr * g[i]!)).toBe(true);
          expect(Object.is(y[1 - i], x[1 - i])).toBe(true);
        }
        expect(cd.sweepPositions.length).toBe((cd.sweeps + 1) * 2);
      }),
      { numRuns: 200 },
    );
  });
});
