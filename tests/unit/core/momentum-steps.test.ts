import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuadratic, run } from '~/core';
import { momentumSteps } from '~/core/momentum-steps';

describe('momentumSteps: classical and Nesterov momentum drawn in look-ahead variables', () => {
  const q = makeQuadratic({ kappa: 25, angle: 0.4 });
  const start = [-2.5, 0.6];

  it('classical momentum is torch.optim.SGD(momentum) exactly', () => {
    const steps = momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov: false, steps: 40 });
    const ref = run({ objective: q, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.8 } }, start, steps: 40 });
    steps.forEach((s, t) => {
      expect(s.wNext[0]).toBeCloseTo(ref.positions[2 * (t + 1)]!, 12);
      expect(s.wNext[1]).toBeCloseTo(ref.positions[2 * (t + 1) + 1]!, 12);
    });
  });

  it("PyTorch's nesterov = True iterates are the look-ahead points w + mu v", () => {
    const steps = momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov: true, steps: 40 });
    const ref = run({ objective: q, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.8, nesterov: true } }, start, steps: 40 });
    steps.forEach((s, t) => {
      expect(s.at[0]).toBeCloseTo(ref.positions[2 * t]!, 12);
      expect(s.at[1]).toBeCloseTo(ref.positions[2 * t + 1]!, 12);
    });
  });

  it('the gradient is taken at the look-ahead point for Nesterov and at w for classical momentum', () => {
    const [a, b] = [true, false].map((nesterov) => momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov, steps: 3 }));
    const s = a![2]!;
    expect(s.at[0]).toBeCloseTo(s.w[0]! + 0.8 * s.v[0]!, 14);
    expect(b![2]!.at).toEqual(b![2]!.w);
  });
});

/** Equal up to rounding, relative to the size of the numbers (the change of variables rounds differently). */
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('momentumSteps reads torch.optim.SGD off run() (property)', () => {
  it('classical: w_t are run()’s points; Nesterov: the look-ahead points are; both follow v+ = mu v - lr g, w+ = w + v+', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 30, noNaN: true }),
        fc.double({ min: 0, max: Math.PI, noNaN: true }),
        fc.double({ min: -3, max: -1.5, noNaN: true }),
        fc.double({ min: 0.001, max: 0.06, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.boolean(),
        (kappa, angle, x0, lr, momentum, nesterov) => {
          const q = makeQuadratic({ kappa, angle });
          const start = [x0, 0.6];
          const steps = momentumSteps({ objective: q, start, lr, momentum, nesterov, steps: 60 });
          const ref = run({ objective: q, optimizer: { id: 'sgd', params: { lr, momentum, nesterov: nesterov && momentum > 0 } }, start, steps: 60, stop: { bound: Infinity } });
          expect(steps).toHaveLength(ref.length);
          steps.forEach((s, t) => {
            for (let i = 0; i < 2; i++) {
              expect(Object.is(s.at[i], ref.positions[2 * t + i])).toBe(true);
              expect(near(s.at[i]!, s.w[i]! + (nesterov ? momentum * s.v[i]! : 0))).toBe(true);
              expect(near(s.vNext[i]!, momentum * s.v[i]! - lr * s.grad[i]!)).toBe(true);
              expect(near(s.wNext[i]!, s.w[i]! + s.vNext[i]!)).toBe(true);
            }
            if (t > 0) expect(s.w).toEqual(steps[t - 1]!.wNext);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
