/**
 * Every number chapter 5's prose, captions and exercise solutions quote, computed
 * with the core from the figures' initial states (the browser tests check the
 * same numbers on the rendered figures).
 */
import { describe, expect, it } from 'vitest';
import { getObjective, makeQuadratic, makeOptimizer, run } from '~/core';
import { withGradientNoise } from '~/core/noise';
import { heavyBallBound, optimalHeavyBall, quadraticMomentumRate } from '~/core/quadratic-rates';
import { traceOptimizer } from '~/core/trace';
import { adaptiveSchema } from '~/widgets/adaptive/schema';
import { adamInternalsSchema } from '~/widgets/adam-internals/schema';
import { momentumFormsSchema } from '~/widgets/momentum-forms/schema';
import { nesterovSchema } from '~/widgets/nesterov/schema';
import { raceSchema } from '~/widgets/race/schema';
import { ravineSchema } from '~/widgets/ravine/schema';

const ravine = makeQuadratic({ kappa: 25, angle: 0 });
const START = [-2.5, 0.6];
const stop = { gradNorm: 1e-4, bound: 1e4 };

describe('Figure 5.1 and the safe region', () => {
  const { lr, momentum } = { lr: ravineSchema.lr.default, momentum: ravineSchema.momentum.default };
  it('starts at κ = 25, η = 0.07, μ = 0.7', () => {
    expect([ravineSchema.kappa.default, lr, momentum]).toEqual([25, 0.07, 0.7]);
  });
  it('gradient descent needs 140 steps and flips sign every step; momentum needs 65', () => {
    const gd = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr } }, start: START, steps: 200, stop });
    const mom = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr, momentum } }, start: START, steps: 200, stop });
    expect(gd.status).toMatchObject({ kind: 'converged', step: 140 });
    expect(mom.status).toMatchObject({ kind: 'converged', step: 65 });
    for (let k = 1; k <= gd.length; k++) expect(Math.sign(gd.positions[2 * k + 1]!)).not.toBe(Math.sign(gd.positions[2 * k - 1]!));
  });
  it('the limit with μ = 0.9 is 3.8/L; the best rates for κ = 25 are 2/3 (momentum) against 0.92 (gradient descent)', () => {
    expect(heavyBallBound(0.9)).toBeCloseTo(3.8, 12);
    expect(optimalHeavyBall(1, 25).rate).toBeCloseTo(2 / 3, 12);
    expect(quadraticMomentumRate(2 / 26, 0, [1, 25])).toBeCloseTo(24 / 26, 12);
    expect(24 / 26).toBeCloseTo(0.92, 2);
  });
  it('exercise ravine-rescue: η = 0.1, μ = 0.7 makes gradient descent diverge and momentum converge, at rate sqrt(0.7)', () => {
    const gd = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.1 } }, start: START, steps: 200, stop });
    const mom = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.1, momentum: 0.7 } }, start: START, steps: 200, stop });
    expect(gd.status.kind).toBe('diverged');
    expect(mom.status.kind).toBe('converged');
    expect(quadraticMomentumRate(0.1, 0.7, [1, 25])).toBeCloseTo(Math.sqrt(0.7), 12);
  });
});

describe('Figure 5.2', () => {
  it('starts at α = 0.3, β = 0.9, so PyTorch lr = 0.03 and the buffer ratio is 10', () => {
    expect(momentumFormsSchema.alpha.default * (1 - momentumFormsSchema.beta.default)).toBeCloseTo(0.03, 12);
    const q = getObjective('quadratic');
    const ema = traceOptimizer({ objective: q, optimizer: { id: 'momentum-ema', params: { lr: 0.3, beta: 0.9 } }, start: q.start, steps: 6 });
    const torch = traceOptimizer({ objective: q, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.9 } }, start: q.start, steps: 6 });
    for (let t = 1; t <= 6; t++) expect(torch.states[t]!.velocity![0]! / ema.states[t]!.velocity![0]!).toBeCloseTo(10, 9);
  });
});

describe('Figure 5.3, Nesterov', () => {
  it('with η = 0.03, μ = 0.9 classical momentum needs 196 steps and Nesterov 86', () => {
    expect([nesterovSchema.lr.default, nesterovSchema.momentum.default]).toEqual([0.03, 0.9]);
    const hb = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.9 } }, start: START, steps: 250, stop });
    const nag = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.9, nesterov: true } }, start: START, steps: 250, stop });
    expect(hb.status).toMatchObject({ kind: 'converged', step: 196 });
    expect(nag.status).toMatchObject({ kind: 'converged', step: 86 });
  });
  it('Nesterov is stable on a quadratic iff 0 < ηλ < (2 + 2μ)/(1 + 2μ)', () => {
    const bowl = makeQuadratic({ kappa: 1, angle: 0, mu: 4 });
    for (const mu of [0.3, 0.7, 0.9]) {
      const edge = (2 + 2 * mu) / (1 + 2 * mu) / 4;
      const ok = run({ objective: bowl, optimizer: { id: 'sgd', params: { lr: 0.97 * edge, momentum: mu, nesterov: true } }, start: [1, 1], steps: 5000 });
      const bad = run({ objective: bowl, optimizer: { id: 'sgd', params: { lr: 1.03 * edge, momentum: mu, nesterov: true } }, start: [1, 1], steps: 5000 });
      expect(ok.loss[ok.length]!).toBeLessThan(1e-6);
      expect(bad.status.kind).toBe('diverged');
    }
  });
  it('η = 0.07, μ = 0.7: classical momentum converges, Nesterov diverges', () => {
    const hb = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.07, momentum: 0.7 } }, start: START, steps: 250, stop });
    const nag = run({ objective: ravine, optimizer: { id: 'sgd', params: { lr: 0.07, momentum: 0.7, nesterov: true } }, start: START, steps: 250, stop });
    expect(hb.status.kind).toBe('converged');
    expect(nag.status.kind).toBe('diverged');
  });
});

describe('Figure 5.4, AdaGrad and RMSProp', () => {
  const bowl = makeQuadratic({ kappa: 1, angle: 0 });
  const d = Object.fromEntries(Object.entries(adaptiveSchema).map(([k, v]) => [k, v.default])) as Record<keyof typeof adaptiveSchema, number>;
  const trace = (sigma: number, id: 'adagrad' | 'rmsprop') =>
    traceOptimizer({
      objective: bowl,
      optimizer: id === 'adagrad' ? { id, params: { lr: d.lrAdagrad } } : { id, params: { lr: d.lrRmsprop, alpha: d.rho } },
      start: [-2.5, 1],
      steps: 400,
      gradient: withGradientNoise(bowl, sigma, d.seed, { density: [1, d.density] }).grad,
    });
  const rate = (tr: ReturnType<typeof trace>, key: 'sumSq' | 'squareAvg', lr: number, i: number, t: number) => lr / Math.sqrt(tr.states[t]![key]![i]!);

  it('with noise, AdaGrad’s rates keep falling (about 1/sqrt t) and the sparse y keeps a rate about twice x’s', () => {
    const ada = trace(d.noise, 'adagrad');
    expect(rate(ada, 'sumSq', d.lrAdagrad, 0, 400) / rate(ada, 'sumSq', d.lrAdagrad, 0, 100)).toBeLessThan(0.6);
    expect(rate(ada, 'sumSq', d.lrAdagrad, 1, 400)).toBeGreaterThan(1.5 * rate(ada, 'sumSq', d.lrAdagrad, 0, 400));
  });
  it('RMSProp’s rate for x levels off over the last 200 steps', () => {
    const rms = trace(d.noise, 'rmsprop');
    const mean = (a: number, b: number) => {
      let s = 0;
      for (let t = a; t < b; t++) s += rate(rms, 'squareAvg', d.lrRmsprop, 0, t);
      return s / (b - a);
    };
    expect(mean(350, 400) / mean(200, 250)).toBeGreaterThan(0.8);
    expect(mean(350, 400) / mean(200, 250)).toBeLessThan(1.25);
  });
  it('without noise AdaGrad’s rates stop falling, but never rise', () => {
    const ada = trace(0, 'adagrad');
    const r = (t: number) => rate(ada, 'sumSq', d.lrAdagrad, 0, t);
    expect(r(400) / r(200)).toBeGreaterThan(0.99);
    for (let t = 2; t <= 400; t++) expect(r(t)).toBeLessThanOrEqual(r(t - 1));
  });
});

describe('Figure 5.5 and the Adam exercise', () => {
  it('the first step is α, or 3.16α without bias correction, peaking at 5.15α by step 4', () => {
    expect(adamInternalsSchema.lr.default).toBe(0.1);
    const ratios = (bc: boolean) => {
      const tr = traceOptimizer({ objective: ravine, optimizer: { id: 'adam', params: { lr: 0.1, biasCorrection: bc } }, start: START, steps: 100 });
      return tr.positions.slice(1).map((p, k) => Math.abs(p[0]! - tr.positions[k]![0]!) / 0.1);
    };
    const c = ratios(true);
    const r = ratios(false);
    expect(c[0]).toBeCloseTo(1, 6);
    expect(r[0]).toBeCloseTo(3.16, 2);
    expect(Math.max(...r)).toBeCloseTo(5.15, 2);
    expect(r.indexOf(Math.max(...r))).toBeLessThanOrEqual(4);
    expect(r[3]).toBeCloseTo(5.15, 2);
  });
  it('exercise adam-first-step: g = (250, −0.004), α = 0.01 moves both coordinates by about 0.01', () => {
    const opt = makeOptimizer('adam', { lr: 0.01 });
    const x = new Float64Array([0, 0]);
    opt.step(x, new Float64Array([250, -0.004]));
    expect(Math.abs(x[0]!)).toBeCloseTo(0.01, 9);
    expect(Math.abs(x[1]!)).toBeCloseTo(0.01, 5);
    expect(250 / 0.004).toBeGreaterThan(60000);
  });
});

describe('Figure 5.6, the race', () => {
  const rosen = getObjective('rosenbrock');
  const race = (optimizer: { id: string; params: Record<string, unknown> }, steps = 1000) => {
    const tr = run({ objective: rosen, optimizer, start: [-1.2, 1], steps, stop: { gradNorm: 1e-8, bound: 1e6 } });
    return { tr, reached: Array.from(tr.loss).findIndex((l) => l < 1e-6) };
  };
  it('defaults: Rosenbrock from (−1.2, 1), SGD, momentum and Adam, 1000 steps', () => {
    expect(raceSchema.surface.default).toBe('rosenbrock');
    expect(raceSchema.start.default).toEqual([-1.2, 1]);
    expect(raceSchema.racers.default).toEqual(['sgd', 'momentum', 'adam']);
    expect(raceSchema.steps.default).toBe(1000);
    expect([raceSchema.lrSgd.default, raceSchema.lrMomentum.default, raceSchema.muMomentum.default, raceSchema.lrAdam.default]).toEqual([0.002, 0.001, 0.9, 0.2]);
  });
  it('SGD ends at loss 0.071, momentum at 2.5e-5, Adam gets below 1e-6 at step 791', () => {
    expect(race({ id: 'sgd', params: { lr: 0.002 } }).tr.loss.at(-1)!).toBeCloseTo(0.0707, 4);
    expect(race({ id: 'sgd', params: { lr: 0.001, momentum: 0.9 } }).tr.loss.at(-1)! / 2.5e-5).toBeCloseTo(1, 1);
    expect(race({ id: 'adam', params: { lr: 0.2 } }).reached).toBe(791);
  });
  it('exercise beat-adam: η = 0.002, μ = 0.95 reaches 1e-6 at step 338; η = 0.0015, μ = 0.97 diverges', () => {
    expect(race({ id: 'sgd', params: { lr: 0.002, momentum: 0.95 } }).reached).toBe(338);
    expect(race({ id: 'sgd', params: { lr: 0.0015, momentum: 0.97 } }).tr.status.kind).toBe('diverged');
  });
  it('AdamW’s weight decay holds it short of a Himmelblau minimum, where Adam reaches one', () => {
    const h = getObjective('himmelblau');
    const go = (id: string) => run({ objective: h, optimizer: { id, params: { lr: 0.1 } }, start: h.start, steps: 1000, stop: { gradNorm: 1e-8 } });
    expect(go('adam').loss.at(-1)!).toBeLessThan(1e-6);
    expect(go('adamw').loss.at(-1)!).toBeGreaterThan(1e-4);
  });
});

describe('Nesterov in PyTorch’s variables: the same method only for a constant learning rate', () => {
  /** Sutskever et al.: v ← μv − η_t ∇L(w + μv), w ← w + v; returns the look-ahead points w + μv. */
  const sutskever = (rates: number[], mu: number) => {
    const w = [...START];
    const v = [0, 0];
    const g = new Float64Array(2);
    const out: number[][] = [];
    for (const lr of rates) {
      ravine.grad([w[0]! + mu * v[0]!, w[1]! + mu * v[1]!], g);
      for (let i = 0; i < 2; i++) {
        v[i] = mu * v[i]! - lr * g[i]!;
        w[i] = w[i]! + v[i]!;
      }
      out.push([w[0]! + mu * v[0]!, w[1]! + mu * v[1]!]);
    }
    return out;
  };
  const torch = (rates: number[], mu: number) => {
    const opt = makeOptimizer('sgd', { lr: rates[0]!, momentum: mu, nesterov: true });
    const p = new Float64Array(START);
    const g = new Float64Array(2);
    const out: number[][] = [];
    for (const lr of rates) {
      opt.lr = lr;
      ravine.grad(p, g);
      opt.step(p, g);
      out.push([p[0]!, p[1]!]);
    }
    return out;
  };
  const gap = (a: number[][], b: number[][]) => Math.max(...a.map((p, k) => Math.hypot(p[0]! - b[k]![0]!, p[1]! - b[k]![1]!)));
  it('with a constant η PyTorch’s iterates are Sutskever’s look-ahead points', () => {
    const rates = Array.from({ length: 40 }, () => 0.03);
    expect(gap(torch(rates, 0.9), sutskever(rates, 0.9))).toBeLessThan(1e-12);
  });
  it('after a tenfold drop in η they part: PyTorch’s next step is about ten times shorter, Sutskever’s coasts on', () => {
    const rates = Array.from({ length: 40 }, (_, k) => (k < 10 ? 0.03 : 0.003));
    const a = torch(rates, 0.9);
    const b = sutskever(rates, 0.9);
    expect(gap(a.slice(0, 10), b.slice(0, 10))).toBeLessThan(1e-12);
    expect(gap(a, b)).toBeGreaterThan(0.1);
    const len = (q: number[][], k: number) => Math.hypot(q[k]![0]! - q[k - 1]![0]!, q[k]![1]! - q[k - 1]![1]!);
    expect(len(a, 11) / len(b, 11)).toBeLessThan(0.2);
  });
});

describe('momentum with small, noisy steps is SGD at rate η/(1 − μ)', () => {
  it('the slow factor of heavy-ball momentum is about 1 − ηλ/(1 − μ) when ηλ is small next to (1 − μ)²', () => {
    for (const mu of [0.5, 0.9]) {
      const h = 1e-3 * (1 - mu) ** 2;
      expect((1 - quadraticMomentumRate(h, mu, [1])) / (h / (1 - mu))).toBeCloseTo(1, 2);
    }
  });
  it('with gradient noise, momentum (η = 0.002, μ = 0.9) and SGD at η = 0.02 end at the same average loss', () => {
    const bowl = makeQuadratic({ kappa: 1, angle: 0 });
    const meanTail = (optimizer: { id: string; params: Record<string, unknown> }) => {
      const tr = run({ objective: withGradientNoise(bowl, 1, 7), optimizer, start: [2, -2], steps: 40000 });
      let s = 0;
      for (let t = 20000; t <= 40000; t++) s += tr.loss[t]!;
      return s / 20001;
    };
    const mom = meanTail({ id: 'sgd', params: { lr: 0.002, momentum: 0.9 } });
    const sgd = meanTail({ id: 'sgd', params: { lr: 0.02 } });
    const slow = meanTail({ id: 'sgd', params: { lr: 0.002 } });
    expect(mom / sgd).toBeGreaterThan(0.8);
    expect(mom / sgd).toBeLessThan(1.25);
    expect(slow / mom).toBeLessThan(0.2);
  }, 30000);
});

describe('RMSprop has no bias correction', () => {
  it('the first step from a point with a nonzero gradient is about 10η in every coordinate (ρ = 0.99, v₀ = 0)', () => {
    const lr = 0.01;
    const opt = makeOptimizer('rmsprop', { lr });
    expect(opt.params).toMatchObject({ alpha: 0.99 });
    const x = new Float64Array(START);
    const g = ravine.grad(x, new Float64Array(2));
    expect(Math.abs(g[0]!)).toBeGreaterThan(0);
    expect(Math.abs(g[1]!)).toBeGreaterThan(0);
    opt.step(x, g);
    for (let i = 0; i < 2; i++) {
      expect((x[i]! - START[i]!) / lr).toBeCloseTo(-10 * Math.sign(g[i]!), 5);
    }
  });
  it('with a steady gradient the steps shrink back towards η over a few hundred steps', () => {
    const opt = makeOptimizer('rmsprop', { lr: 0.01 });
    const x = new Float64Array([0]);
    const steps: number[] = [];
    for (let t = 1; t <= 300; t++) {
      const before = x[0]!;
      opt.step(x, new Float64Array([2]));
      steps.push((before - x[0]!) / 0.01);
    }
    expect(steps[0]).toBeCloseTo(10, 5);
    expect(steps[99]).toBeGreaterThan(1.2);
    expect(steps[299]).toBeLessThan(1.03);
  });
});

describe('weight decay ω: an L2 penalty and decoupled decay agree only for plain SGD', () => {
  const omega = 0.1;
  const lr = 0.05;
  const g = [3, -1];
  const steps = (make: () => { step(x: Float64Array, g: Float64Array): void }, pre?: (x: Float64Array) => void) => {
    const opt = make();
    const x = new Float64Array([1, 2]);
    for (let t = 0; t < 20; t++) {
      pre?.(x);
      opt.step(x, new Float64Array(g));
    }
    return Array.from(x);
  };
  const decoupled = (x: Float64Array) => {
    for (let i = 0; i < x.length; i++) x[i] = x[i]! * (1 - lr * omega);
  };
  const gap = (a: number[], b: number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
  it('plain SGD: w − η(g + ωw) either way', () => {
    expect(gap(steps(() => makeOptimizer('sgd', { lr, weightDecay: omega })), steps(() => makeOptimizer('sgd', { lr }), decoupled))).toBeLessThan(1e-12);
  });
  it('with momentum, SGD + L2 and SGDW differ; with Adam, Adam + L2 and AdamW differ', () => {
    expect(gap(steps(() => makeOptimizer('sgd', { lr, momentum: 0.9, weightDecay: omega })), steps(() => makeOptimizer('sgd', { lr, momentum: 0.9 }), decoupled))).toBeGreaterThan(0.01);
    expect(gap(steps(() => makeOptimizer('adam', { lr, weightDecay: omega })), steps(() => makeOptimizer('adamw', { lr, weightDecay: omega })))).toBeGreaterThan(0.01);
  });
  it('AdamW is Adam after shrinking by lr · ω; PyTorch’s defaults (lr = 10⁻³, ω = 0.01) shrink by 1 − 10⁻⁵ a step', () => {
    expect(gap(steps(() => makeOptimizer('adamw', { lr, weightDecay: omega })), steps(() => makeOptimizer('adam', { lr }), decoupled))).toBeLessThan(1e-12);
    const opt = makeOptimizer('adamw', {});
    expect(opt.params).toMatchObject({ lr: 1e-3, weightDecay: 0.01 });
    const x = new Float64Array([2]);
    opt.step(x, new Float64Array([0]));
    expect(x[0]! / 2).toBeCloseTo(1 - 1e-5, 14);
  });
  it('an L2 penalty adds ω to every curvature: SGD with weight decay on curvature λ is gradient descent on λ + ω', () => {
    const a = run({ objective: makeQuadratic({ kappa: 1, angle: 0, mu: 2 }), optimizer: { id: 'sgd', params: { lr: 0.1, weightDecay: 0.5 } }, start: [1, -1], steps: 30 });
    const b = run({ objective: makeQuadratic({ kappa: 1, angle: 0, mu: 2.5 }), optimizer: { id: 'sgd', params: { lr: 0.1 } }, start: [1, -1], steps: 30 });
    expect(gap(Array.from(a.positions), Array.from(b.positions))).toBeLessThan(1e-12);
  });
});
