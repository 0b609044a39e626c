import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, makeQuadratic, rosenbrock, run } from '~/core';
import { withGradientNoise } from '~/core/noise';
import { traceOptimizer } from '~/core/trace';

describe('traceOptimizer', () => {
  const q = makeQuadratic({ kappa: 25, angle: 0 });

  it('follows the same path as run() and records a state per step', () => {
    const tr = traceOptimizer({ objective: rosenbrock, optimizer: { id: 'adam', params: { lr: 0.05 } }, start: [-1.2, 1], steps: 30 });
    const ref = run({ objective: rosenbrock, optimizer: { id: 'adam', params: { lr: 0.05 } }, start: [-1.2, 1], steps: 30 });
    expect(tr.length).toBe(30);
    expect(tr.states).toHaveLength(31);
    tr.positions.forEach((p, k) => {
      expect(p[0]).toBeCloseTo(ref.positions[2 * k]!, 12);
      expect(p[1]).toBeCloseTo(ref.positions[2 * k + 1]!, 12);
    });
  });

  it("Adam's first step moves each coordinate by about lr, whatever the gradient's size", () => {
    const tr = traceOptimizer({ objective: q, optimizer: { id: 'adam', params: { lr: 0.1 } }, start: [-2.5, 0.6], steps: 1 });
    const d = tr.positions[1]!.map((v, i) => Math.abs(v - tr.positions[0]![i]!));
    expect(d[0]).toBeCloseTo(0.1, 6);
    expect(d[1]).toBeCloseTo(0.1, 6);
    const s = tr.states[1]!;
    expect(s.mHat![0]).toBeCloseTo(tr.grads[0]![0]!, 12);
    expect(s.vHat![1]).toBeCloseTo(tr.grads[0]![1]! ** 2, 9);
  });

  it('without bias correction the first step is (1 - beta1) / sqrt(1 - beta2), about 3.16, times lr', () => {
    const tr = traceOptimizer({ objective: q, optimizer: { id: 'adam', params: { lr: 0.1, biasCorrection: false } }, start: [-2.5, 0.6], steps: 1 });
    const d = Math.abs(tr.positions[1]![0]! - tr.positions[0]![0]!);
    expect(d / 0.1).toBeCloseTo(0.1 / Math.sqrt(0.001), 5);
    expect(0.1 / Math.sqrt(0.001)).toBeCloseTo(3.162, 3);
  });

  it('stops before a diverging step', () => {
    const tr = traceOptimizer({ objective: q, optimizer: { id: 'gd', params: { lr: 1 } }, start: [-2.5, 0.6], steps: 100, bound: 100 });
    expect(tr.length).toBeLessThan(100);
    expect(tr.stopped).toMatch(/left the region/);
    expect(tr.positions.flat().every(Number.isFinite)).toBe(true);
  });
});

describe('traceOptimizer is a wrapper over run() (property)', () => {
  it('gives run()’s points and losses bit for bit, and a state per point, for any optimizer, start, learning rate and noise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        fc.double({ min: -4, max: 0.5, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom(0, 0.3, 2),
        fc.integer({ min: 1, max: 1000 }),
        (id, logLr, x0, y0, steps, sigma, seed) => {
          const optimizer = { id, params: { lr: 10 ** logLr } };
          const start = [x0, y0];
          const tr = traceOptimizer({ objective: rosenbrock, optimizer, start, steps, gradient: withGradientNoise(rosenbrock, sigma, seed).grad, bound: 50 });
          const ref = run({ objective: withGradientNoise(rosenbrock, sigma, seed), optimizer, start, steps, stop: { bound: 50 } });
          expect(tr.length).toBe(ref.length);
          expect(tr.stopped === null).toBe(ref.status.kind !== 'diverged');
          const flat = tr.positions.flat();
          expect(flat.length).toBe(ref.positions.length);
          flat.forEach((v, i) => expect(Object.is(v, ref.positions[i])).toBe(true));
          tr.loss.forEach((v, i) => expect(Object.is(v, ref.loss[i])).toBe(true));
          expect(tr.states).toHaveLength(tr.length + 1);
          expect(tr.grads).toHaveLength(tr.length);
          tr.states.forEach((s, t) => expect(s.t).toBe(t));
        },
      ),
      { numRuns: 150 },
    );
  });
});
