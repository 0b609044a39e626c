import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backtrack, makeQuadratic, runBacktracking } from '~/core';

describe('backtrack (Armijo)', () => {
  const bowl = (l: number) => ({ dim: 1, f: (x: ArrayLike<number>) => 0.5 * l * x[0]! ** 2, grad: (x: ArrayLike<number>, out: Float64Array) => ((out[0] = l * x[0]!), out) });

  it('accepts the trial step when it already decreases enough', () => {
    const b = bowl(1);
    const s = backtrack(b.f, [1], b.f([1]), [1], { alpha0: 0.5 });
    expect(s).toEqual({ alpha: 0.5, trials: 1, f: 0.125 });
  });

  it('halves until the sufficient decrease holds, and the accepted step satisfies it', () => {
    const b = bowl(10);
    const s = backtrack(b.f, [1], 5, [10], { alpha0: 1 });
    // alpha = 1, 0.5, 0.25 overshoot (|1 - 10 a| >= 1.5); 0.125 gives |1 - 1.25| = 0.25.
    expect(s.alpha).toBe(0.125);
    expect(s.trials).toBe(4);
    expect(s.f).toBeLessThanOrEqual(5 - 1e-4 * 0.125 * 100);
  });

  it('gives up (alpha 0) where no step along -g decreases f', () => {
    const f = (x: ArrayLike<number>) => -x[0]!;
    // A "gradient" pointing the wrong way: every step along -g goes up.
    const s = backtrack(f, [0], 0, [1], { alpha0: 1, maxShrinks: 10 });
    expect(s).toEqual({ alpha: 0, trials: 11, f: 0 });
  });

  it('refuses meaningless settings', () => {
    const b = bowl(1);
    expect(() => backtrack(b.f, [1], 0.5, [1], { alpha0: 0 })).toThrow(RangeError);
    expect(() => backtrack(b.f, [1], 0.5, [1], { alpha0: 1, shrink: 1 })).toThrow(RangeError);
    expect(() => backtrack(b.f, [1], 0.5, [1], { alpha0: 1, c: 0 })).toThrow(RangeError);
  });

  it('property: on an L-smooth quadratic every accepted step is at least shrink/L (or alpha0), and satisfies Armijo', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1.5, max: 50, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.5, noNaN: true }),
        fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })),
        (kappa, mu, angle, alpha0, shrink, c, [x, y]) => {
          const q = makeQuadratic({ kappa, mu, angle });
          const L = q.lipschitz!;
          const w = [x, y];
          const g = q.grad(w, new Float64Array(2));
          const g2 = g[0]! ** 2 + g[1]! ** 2;
          // Near the minimum the decrease drowns in rounding; the claim is about real steps.
          if (Math.hypot(x, y) < 1e-3) return;
          const fw = q.f(w);
          const s = backtrack(q.f, w, fw, g, { alpha0, shrink, c, maxShrinks: 1000 });
          expect(s.alpha).toBeGreaterThanOrEqual(Math.min(alpha0, shrink / L) * (1 - 1e-12));
          expect(s.f).toBeLessThanOrEqual(fw - c * s.alpha * g2 + 1e-12 * Math.max(1, fw));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('runBacktracking', () => {
  it('never lets the loss rise, and counts every evaluation', () => {
    const q = makeQuadratic({ kappa: 20, mu: 1, angle: 0.3 });
    const r = runBacktracking({ objective: q, start: [2, -1], alpha0: 5, steps: 50 });
    for (let t = 1; t < r.loss.length; t++) expect(r.loss[t]!).toBeLessThan(r.loss[t - 1]!);
    expect(r.alphas.length).toBe(50);
    expect(r.positions.length).toBe(51 * 2);
    expect(r.evaluations).toBeGreaterThan(51);
  });

  it('stops early at a minimum, where no step decreases the loss', () => {
    const q = makeQuadratic({ kappa: 2, mu: 1, angle: 0 });
    const r = runBacktracking({ objective: q, start: [0, 0], alpha0: 1, steps: 10, maxShrinks: 5 });
    expect(r.alphas.length).toBe(0);
    expect(r.loss.length).toBe(1);
  });
});
