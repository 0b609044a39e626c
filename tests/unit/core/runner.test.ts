import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, explainQuadraticStep, lrSeries, makeOptimizer, run, type RunObjective } from '~/core';

const rosenbrock: RunObjective = {
  dim: 2,
  f: (p) => (1 - p[0]!) ** 2 + 100 * (p[1]! - p[0]! ** 2) ** 2,
  grad: (p, g) => {
    const x = p[0]!;
    const r = p[1]! - x * x;
    g[0] = -2 * (1 - x) - 400 * x * r;
    g[1] = 200 * r;
    return g;
  },
};

/** f = L x^2 / 2 in one dimension. */
const parabola = (L: number): RunObjective => ({
  dim: 1,
  f: (p) => 0.5 * L * p[0]! * p[0]!,
  grad: (p, g) => {
    g[0] = L * p[0]!;
    return g;
  },
});

const allFinite = (a: Float64Array): boolean => a.every(Number.isFinite);

describe('run() statuses', () => {
  it('reports max-steps when no rule stops it, with arrays of the documented lengths', () => {
    const tr = run({ objective: rosenbrock, optimizer: { id: 'adam', params: { lr: 0.01 } }, start: [-1.2, 1], steps: 50 });
    expect(tr.status).toEqual({ kind: 'max-steps' });
    expect(tr.length).toBe(50);
    expect(tr.positions.length).toBe(51 * 2);
    expect(tr.loss.length).toBe(51);
    expect(tr.gradNorm.length).toBe(51);
    expect(tr.lr.length).toBe(50);
    expect([tr.positions[0], tr.positions[1]]).toEqual([-1.2, 1]);
    expect(tr.loss[0]).toBeCloseTo(24.2, 12);
    expect(tr.optimizer.t).toBe(50);
  });

  it('converges by gradient norm on a parabola', () => {
    const tr = run({ objective: parabola(2), optimizer: { id: 'gd', params: { lr: 0.25 } }, start: [1], steps: 1000, stop: { gradNorm: 1e-6 } });
    // x_t = 0.5^t, |grad| = 2 * 0.5^t <= 1e-6 first at t = 21.
    expect(tr.status).toEqual({ kind: 'converged', reason: 'grad-norm', step: 21 });
    expect(tr.length).toBe(21);
    expect(tr.gradNorm[21]).toBeLessThanOrEqual(1e-6);
  });

  it('converges by step size', () => {
    const tr = run({ objective: parabola(2), optimizer: { id: 'gd', params: { lr: 0.25 } }, start: [1], steps: 1000, stop: { stepSize: 1e-3 } });
    // step t moves 0.5^t: first <= 1e-3 at t = 10.
    expect(tr.status).toEqual({ kind: 'converged', reason: 'step-size', step: 10 });
  });

  it('converges by loss change', () => {
    const tr = run({ objective: parabola(2), optimizer: { id: 'gd', params: { lr: 0.25 } }, start: [1], steps: 1000, stop: { lossChange: 1e-6 } });
    expect(tr.status).toMatchObject({ kind: 'converged', reason: 'loss-change' });
    const t = tr.length;
    expect(Math.abs(tr.loss[t]! - tr.loss[t - 1]!)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(tr.loss[t - 1]! - tr.loss[t - 2]!)).toBeGreaterThan(1e-6);
  });

  it('converges by patience when the loss stops improving', () => {
    const plateau: RunObjective = { dim: 1, f: () => 1, grad: (_, g) => ((g[0] = 1), g) };
    const tr = run({ objective: plateau, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [0], steps: 100, stop: { patience: 7 } });
    expect(tr.status).toEqual({ kind: 'converged', reason: 'patience', step: 7 });
  });

  it('counts patience from the last improvement larger than minDelta', () => {
    const tr = run({ objective: parabola(2), optimizer: { id: 'gd', params: { lr: 0.25 } }, start: [1], steps: 1000, stop: { patience: 3, minDelta: 1e-3 } });
    expect(tr.status).toMatchObject({ kind: 'converged', reason: 'patience' });
    expect(tr.loss[tr.length - 3]! - tr.loss[tr.length]!).toBeLessThanOrEqual(1e-3);
  });

  it('diverges by leaving the bound at the step the closed form predicts', () => {
    // x_t = (1 - lr L)^t = (-3)^t leaves |x| <= 1e6 at t = 13 (3^13 = 1594323).
    const tr = run({ objective: parabola(4), optimizer: { id: 'gd', params: { lr: 1 } }, start: [1], steps: 100 });
    expect(tr.status).toEqual({ kind: 'diverged', step: 13, reason: 'left the bound |x| > 1000000' });
    expect(tr.length).toBe(12);
    expect(tr.positions[12]).toBe(531441);
  });

  it('diverges when the loss becomes non-finite, and keeps only finite points', () => {
    const sqrtLoss: RunObjective = { dim: 1, f: (p) => Math.sqrt(p[0]!), grad: (_, g) => ((g[0] = 1), g) };
    const tr = run({ objective: sqrtLoss, optimizer: { id: 'gd', params: { lr: 0.3 } }, start: [1], steps: 100 });
    expect(tr.status).toEqual({ kind: 'diverged', step: 4, reason: 'loss became non-finite' });
    expect(tr.length).toBe(3);
    expect(allFinite(tr.positions) && allFinite(tr.loss)).toBe(true);
  });

  it('diverges when the gradient becomes non-finite', () => {
    const cliff: RunObjective = { dim: 2, f: () => 0, grad: (p, g) => ((g[0] = p[0]! < -2 ? Infinity : 1), (g[1] = 0), g) };
    const tr = run({ objective: cliff, optimizer: { id: 'gd', params: { lr: 1 } }, start: [0, 0], steps: 10 });
    expect(tr.status).toEqual({ kind: 'diverged', step: 3, reason: 'gradient became non-finite' });
    expect(tr.length).toBe(2);
    const atStart = run({ objective: cliff, optimizer: { id: 'gd' }, start: [-3, 0], steps: 10 });
    expect(atStart.status).toEqual({ kind: 'diverged', step: 0, reason: 'gradient is not finite at the start' });
    expect(atStart.length).toBe(0);
  });

  it('diverges when the position overflows, keeping only the finite start', () => {
    const huge: RunObjective = { dim: 1, f: () => 0, grad: (_, g) => ((g[0] = 1e308), g) };
    const tr = run({ objective: huge, optimizer: { id: 'sgd', params: { lr: 10 } }, start: [0], steps: 10 });
    expect(tr.gradNorm[0]).toBe(1e308);
    expect(tr.status).toEqual({ kind: 'diverged', step: 1, reason: 'position became non-finite (x[0] = -Infinity)' });
    expect(tr.length).toBe(0);
    expect([...tr.positions]).toEqual([0]);
  });

  it('never returns a non-finite point, for any optimizer and learning rate on Rosenbrock (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        fc.double({ min: -5, max: 1, noNaN: true }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        (id, logLr, x0, y0) => {
          const tr = run({ objective: rosenbrock, optimizer: { id, params: { lr: 10 ** logLr } }, start: [x0, y0], steps: 200 });
          expect(allFinite(tr.positions) && allFinite(tr.loss) && allFinite(tr.gradNorm)).toBe(true);
          expect(tr.positions.length).toBe((tr.length + 1) * 2);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('run() inputs', () => {
  it('takes an optimizer instance or an id with params, and resets the instance first', () => {
    const opt = makeOptimizer('rmsprop', { lr: 0.01, momentum: 0.5 });
    opt.step(new Float64Array([5, 5]), new Float64Array([1, 1]));
    const a = run({ objective: rosenbrock, optimizer: opt, start: [-1.2, 1], steps: 40 });
    const b = run({ objective: rosenbrock, optimizer: { id: 'rmsprop', params: { lr: 0.01, momentum: 0.5 } }, start: [-1.2, 1], steps: 40 });
    expect([...a.positions]).toEqual([...b.positions]);
    expect(a.optimizer).toBe(opt);
  });

  it('records the scheduled learning rate of every step and restores the base lr', () => {
    const schedule = { kind: 'cosine', Tmax: 30 } as const;
    const opt = makeOptimizer('sgd', { lr: 1e-3, momentum: 0.9 });
    const tr = run({ objective: rosenbrock, optimizer: opt, start: [-1.2, 1], steps: 30, schedule });
    expect([...tr.lr]).toEqual([...lrSeries(schedule, 1e-3, 30)]);
    expect(opt.lr).toBe(1e-3);
  });

  it.each([
    [{ start: [1, 2, 3] }, /start has 3 coordinates but the objective has dim 2/],
    [{ start: [Number.NaN, 0] }, /start\[0\] = NaN is not finite/],
    [{ steps: -1 }, /invalid steps = -1/],
    [{ stop: { gradNorm: -1 } }, /stop.gradNorm = -1/],
    [{ stop: { patience: 0 } }, /stop.patience = 0/],
    [{ optimizer: { id: 'nope' } }, /unknown optimizer id "nope"/],
    [{ schedule: { kind: 'step', stepSize: 0 } }, /stepSize = 0/],
  ] as const)('rejects %o', (override, message) => {
    expect(() =>
      run({ objective: rosenbrock, optimizer: { id: 'gd' }, start: [0, 0], steps: 10, ...(override as object) }),
    ).toThrow(message);
  });
});

describe('explainQuadraticStep', () => {
  it.each([
    [0.3, 10, 'diverging', 'the step overshoots because lr = 0.3 is above 2/L = 0.2 here'],
    [0.2, 10, 'boundary', 'lr = 0.2 is exactly 2/L'],
    [0.15, 10, 'oscillating', 'lr = 0.15 is between 1/L = 0.1 and 2/L = 0.2'],
    [0.05, 10, 'monotone', 'lr = 0.05 is below 1/L = 0.1'],
    [0, 10, 'stuck', 'never moves'],
  ] as const)('lr = %f with L = %f is %s', (lr, L, regime, text) => {
    const e = explainQuadraticStep(lr, L);
    expect(e.regime).toBe(regime);
    expect(e.text).toContain(text);
    expect(e.factor).toBeCloseTo(Math.abs(1 - lr * L), 14);
  });

  it('agrees with what run() does on the parabola', () => {
    for (const lr of [0.05, 0.15, 0.25]) {
      const tr = run({ objective: parabola(10), optimizer: { id: 'gd', params: { lr } }, start: [1], steps: 2000 });
      expect(tr.status.kind === 'diverged').toBe(explainQuadraticStep(lr, 10).regime === 'diverging');
    }
  });

  it('rejects a non-positive curvature', () => {
    expect(() => explainQuadraticStep(0.1, 0)).toThrow(/lipschitz = 0/);
  });
});
