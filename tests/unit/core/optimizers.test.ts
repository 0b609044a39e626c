import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hyperparamSpecs,
  RULES,
  SYMBOLS,
  TEX,
  type SymbolName,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  makeOptimizer,
  optimizerInfo,
  resolveParams,
  run,
  type Optimizer,
  type OptimizerId,
} from '~/core';

/** Rosenbrock, as a plain gradient closure. */
const rosenGrad = (x: Float64Array, g: Float64Array): Float64Array => {
  const a = x[0]!;
  const r = x[1]! - a * a;
  g[0] = -2 * (1 - a) - 400 * a * r;
  g[1] = 200 * r;
  return g;
};

/** f = 0.5 x^T A x with A = [[1, 1], [1, 10]]. */
const quadGrad = (x: Float64Array, g: Float64Array): Float64Array => {
  g[0] = x[0]! + x[1]!;
  g[1] = x[0]! + 10 * x[1]!;
  return g;
};
const QUAD_L = (11 + Math.sqrt(85)) / 2;

/** Run `steps` steps from `start`, returning every position flattened. */
function trace(opt: Optimizer, grad: (x: Float64Array, g: Float64Array) => Float64Array, start: number[], steps: number): number[] {
  const x = new Float64Array(start);
  const g = new Float64Array(start.length);
  const out = [...x];
  for (let k = 0; k < steps; k++) {
    opt.step(x, grad(x, g));
    out.push(...x);
  }
  return out;
}

function expectClose(actual: readonly number[], expected: readonly number[], rel = 1e-12, abs = 1e-15): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const a = actual[i]!;
    if (!(Math.abs(a - e) <= rel * Math.abs(e) + abs)) {
      throw new Error(`index ${i}: ${a} differs from ${e} (rel ${Math.abs(a - e) / Math.abs(e)})`);
    }
  }
}

/** A hyperparameter set per optimizer that exercises its options. */
const BUSY: { readonly [K in OptimizerId]: Record<string, unknown> } = {
  gd: { lr: 1e-3 },
  sgd: { lr: 2e-4, momentum: 0.9, nesterov: true, weightDecay: 0.01 },
  'momentum-ema': { lr: 2e-3, beta: 0.9 },
  adagrad: { lr: 0.1, lrDecay: 0.01, initialAccumulatorValue: 0.1 },
  rmsprop: { lr: 1e-3, momentum: 0.5, centered: true },
  adam: { lr: 0.01, amsgrad: true, weightDecay: 0.01 },
  adamw: { lr: 0.01, amsgrad: true },
};

describe('the registry', () => {
  it('lists every optimizer once, and every one has a label, TeX and a source', () => {
    expect(Object.keys(OPTIMIZERS).sort()).toEqual([...OPTIMIZER_IDS].sort());
    expect(Object.keys(RULES).sort()).toEqual([...OPTIMIZER_IDS].sort());
    for (const id of OPTIMIZER_IDS) {
      expect(OPTIMIZERS[id].id).toBe(id);
      const rule = RULES[id];
      expect(rule.label.length).toBeGreaterThan(0);
      expect(rule.tex).toMatch(/^\\begin\{aligned\}.*\\end\{aligned\}$/);
      expect(rule.source.length).toBeGreaterThan(0);
    }
  });

  it.each(OPTIMIZER_IDS)('%s: every slider spec names a hyperparameter and its default matches', (id) => {
    const info = optimizerInfo(id);
    const defaults = info.defaults as unknown as Record<string, unknown>;
    for (const h of hyperparamSpecs(optimizerInfo(id))) {
      if (h.name === 'beta1' || h.name === 'beta2') {
        const betas = defaults['betas'] as [number, number];
        expect(h.default).toBe(betas[h.name === 'beta1' ? 0 : 1]);
      } else {
        expect(defaults[h.name]).toBe(h.default);
      }
    }
    const named = new Set(hyperparamSpecs(optimizerInfo(id)).map((h) => (h.name.startsWith('beta') && h.name !== 'beta' ? 'betas' : h.name)));
    expect(named).toEqual(new Set(Object.keys(defaults)));
  });

  it('a numeric hyperparameter without a slider range is an error naming it', () => {
    expect(() => hyperparamSpecs({ id: 'sgd', defaults: { lr: 0.1, mystery: 2 } as never })).toThrow(/sgd: no slider range for hyperparameter "mystery"/);
  });

  it.each(OPTIMIZER_IDS)('%s: every slider accepts both ends of its range', (id) => {
    for (const h of hyperparamSpecs(optimizerInfo(id))) {
      if (h.kind !== 'number') continue;
      for (const value of [h.min, h.max]) expect(() => makeOptimizer(id, { [h.name]: value })).not.toThrow();
      if (h.scale === 'log') expect(h.min).toBeGreaterThan(0);
    }
  });
});

describe('the documented API', () => {
  it('runs the example from the issue', () => {
    const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
    const x = new Float64Array([1, -2, 3]);
    opt.step(x, new Float64Array([0.1, 0.2, -0.3]));
    expect(opt.state()).toMatchObject({ id: 'adam', t: 1, lr: 0.05 });
    opt.reset();
    expect(opt.state().t).toBe(0);
    expect(opt.state().effectiveStep).toEqual([0, 0, 0]);
  });
});

describe('defaults are PyTorch\'s', () => {
  it.each([
    ['sgd', { lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 }],
    ['adagrad', { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 }],
    ['rmsprop', { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false }],
    ['adam', { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, biasCorrection: true }],
    ['adamw', { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false, biasCorrection: true }],
    ['momentum-ema', { lr: 1e-2, beta: 0.9 }],
  ] as const)('%s defaults to %o', (id, expected) => {
    expect(resolveParams(id)).toEqual(expected);
    expect(makeOptimizer(id).params).toEqual(expected);
  });

  it('beta1 and beta2 may be given one at a time', () => {
    expect(resolveParams('adam', { beta1: 0.8 }).betas).toEqual([0.8, 0.999]);
    expect(resolveParams('adamw', { beta2: 0.99 }).betas).toEqual([0.9, 0.99]);
  });
});

describe('invalid hyperparameters throw an error naming the value', () => {
  it.each([
    ['sgd', { lr: -0.1 }, /lr = -0\.1/],
    ['sgd', { lr: Number.NaN }, /lr = NaN/],
    ['sgd', { momentum: -0.5 }, /momentum = -0\.5/],
    ['sgd', { nesterov: true }, /nesterov requires momentum > 0 and dampening = 0/],
    ['sgd', { nesterov: true, momentum: 0.9, dampening: 0.1 }, /nesterov.*dampening = 0\.1/],
    ['sgd', { weightDecay: -1 }, /weightDecay = -1/],
    ['gd', { momentum: 0.9 }, /unknown hyperparameter "momentum"/],
    ['adam', { betas: [1, 0.999] }, /beta1.*= 1; expected a number in \[0, 1\)/],
    ['adam', { betas: [0.9, -0.1] }, /beta2.*= -0\.1/],
    ['adam', { beta2: 1.5 }, /beta2.*= 1\.5/],
    ['adam', { betas: [0.9, 0.999], beta1: 0.5 }, /either betas or beta1\/beta2/],
    ['adam', { betas: [0.9] }, /invalid betas/],
    ['adamw', { eps: -1e-8 }, /eps = -1e-8/],
    ['adam', { amsgrad: 'yes' }, /amsgrad = yes; expected a boolean/],
    ['adam', { lr: '0.1' }, /lr = 0\.1; expected a number/],
    ['adam', { learningRate: 0.1 }, /unknown hyperparameter "learningRate"/],
    ['adagrad', { lrDecay: -0.1 }, /lrDecay = -0\.1/],
    ['adagrad', { initialAccumulatorValue: -1 }, /initialAccumulatorValue = -1/],
    ['rmsprop', { alpha: -0.1 }, /alpha = -0\.1/],
    ['momentum-ema', { beta: 1 }, /beta = 1/],
  ] as const)('%s with %o', (id, params, message) => {
    expect(() => makeOptimizer(id, params as Record<string, unknown>)).toThrow(message);
  });

  it('an unknown optimizer id lists the known ones', () => {
    expect(() => makeOptimizer('adamax')).toThrow(/unknown optimizer id "adamax"; expected one of gd, sgd/);
  });

  it('setting a negative learning rate throws', () => {
    const opt = makeOptimizer('sgd');
    expect(() => {
      opt.lr = -1;
    }).toThrow(/sgd: invalid lr = -1/);
  });

  it('a gradient of the wrong length throws', () => {
    expect(() => makeOptimizer('adam').step(new Float64Array(2), new Float64Array(3))).toThrow(/gradient has length 3/);
  });

  it('changing dimension mid-run throws, but is allowed after reset', () => {
    const opt = makeOptimizer('adam');
    opt.step(new Float64Array(2), new Float64Array(2));
    expect(() => opt.step(new Float64Array(3), new Float64Array(3))).toThrow(/call reset\(\)/);
    opt.reset();
    expect(() => opt.step(new Float64Array(3), new Float64Array(3))).not.toThrow();
  });
});

describe('invariants', () => {
  it('sgd with momentum 0 takes exactly the steps of plain gd', () => {
    const a = trace(makeOptimizer('sgd', { lr: 1e-3, momentum: 0 }), rosenGrad, [-1.2, 1], 200);
    const b = trace(makeOptimizer('gd', { lr: 1e-3 }), rosenGrad, [-1.2, 1], 200);
    expect(a).toEqual(b);
  });

  it('sgd with momentum 0 equals gd for any gradient sequence (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        (lr, grads) => {
          const a = makeOptimizer('sgd', { lr });
          const b = makeOptimizer('gd', { lr });
          const xa = new Float64Array(3);
          const xb = new Float64Array(3);
          for (const g of grads) {
            a.step(xa, new Float64Array(g));
            b.step(xb, new Float64Array(g));
          }
          expect([...xa]).toEqual([...xb]);
        },
      ),
    );
  });

  it.each(OPTIMIZER_IDS)('%s with lr 0 moves nothing', (id) => {
    const opt = makeOptimizer(id, { ...BUSY[id], lr: 0 });
    const path = trace(opt, rosenGrad, [-1.2, 1], 25);
    for (let k = 0; k < path.length; k += 2) expect([path[k], path[k + 1]]).toEqual([-1.2, 1]);
    expect(opt.state().effectiveStep.every((d) => Object.is(Math.abs(d), 0))).toBe(true);
  });

  it.each(OPTIMIZER_IDS)('%s: reset restores the initial behaviour', (id) => {
    const opt = makeOptimizer(id, BUSY[id]);
    const first = trace(opt, rosenGrad, [-1.2, 1], 40);
    opt.lr = 123;
    opt.reset();
    expect(opt.t).toBe(0);
    expect(opt.lr).toBe(BUSY[id]['lr']);
    const second = trace(opt, rosenGrad, [-1.2, 1], 40);
    expect(second).toEqual(first);
  });

  it.each(['adam', 'adamw'] as const)('%s: the first step is about lr per coordinate, against the gradient (property)', (id) => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-4, max: 1, noNaN: true }),
        fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (lr, mags, signs) => {
          const g = new Float64Array(mags.map((m, i) => (signs[i] ? m : -m)));
          const x = new Float64Array(g.length);
          makeOptimizer(id, { lr, weightDecay: 0 }).step(x, g);
          for (let i = 0; i < g.length; i++) {
            expect(Math.abs(x[i]! + Math.sign(g[i]!) * lr)).toBeLessThan(lr * 1e-4);
          }
        },
      ),
    );
  });

  it('adam without bias correction first steps (1 - beta1)/sqrt(1 - beta2) times lr', () => {
    const x = new Float64Array(2);
    makeOptimizer('adam', { lr: 0.01, biasCorrection: false }).step(x, new Float64Array([3, -0.5]));
    const factor = 0.1 / Math.sqrt(0.001);
    expect(x[0]).toBeCloseTo(-0.01 * factor, 6);
    expect(x[1]).toBeCloseTo(0.01 * factor, 6);
  });

  it('adam with bias correction off converges to the same place as with it on, on a quadratic', () => {
    const on = trace(makeOptimizer('adam', { lr: 0.05 }), quadGrad, [-4, 2], 2000).slice(-2);
    const off = trace(makeOptimizer('adam', { lr: 0.05, biasCorrection: false }), quadGrad, [-4, 2], 2000).slice(-2);
    for (const v of [...on, ...off]) expect(Math.abs(v)).toBeLessThan(0.05);
  });

  it('momentum-ema with lr takes the same steps as torch momentum with lr (1 - beta), from the first step', () => {
    for (const beta of [0.5, 0.9, 0.99]) {
      const ema = trace(makeOptimizer('momentum-ema', { lr: 2e-3, beta }), rosenGrad, [-1.2, 1], 300);
      const torch = trace(makeOptimizer('sgd', { lr: 2e-3 * (1 - beta), momentum: beta }), rosenGrad, [-1.2, 1], 300);
      expectClose(ema, torch, 1e-9, 1e-12);
    }
  });

  it('momentum-ema and torch momentum with dampening = beta differ only by the start: the gap is beta^t g_1', () => {
    const beta = 0.9;
    const ema = makeOptimizer('momentum-ema', { lr: 0.1, beta });
    const damp = makeOptimizer('sgd', { lr: 0.1, momentum: beta, dampening: beta });
    const g = new Float64Array([1, -2]);
    for (let t = 1; t <= 10; t++) {
      ema.step(new Float64Array(2), g);
      damp.step(new Float64Array(2), g);
      const gap = damp.state().velocity![1]! - ema.state().velocity![1]!;
      expect(gap).toBeCloseTo(beta ** t * -2, 12);
    }
  });

  it('nesterov momentum takes different steps from heavy-ball momentum', () => {
    const a = trace(makeOptimizer('sgd', { lr: 2e-4, momentum: 0.9 }), rosenGrad, [-1.2, 1], 20);
    const b = trace(makeOptimizer('sgd', { lr: 2e-4, momentum: 0.9, nesterov: true }), rosenGrad, [-1.2, 1], 20);
    expect(a).not.toEqual(b);
  });

  it('adamw with weightDecay 0 equals adam with weightDecay 0', () => {
    const a = trace(makeOptimizer('adamw', { lr: 0.01, weightDecay: 0 }), rosenGrad, [-1.2, 1], 100);
    const b = trace(makeOptimizer('adam', { lr: 0.01 }), rosenGrad, [-1.2, 1], 100);
    expect(a).toEqual(b);
  });
});

describe('gradient descent on a quadratic (closed-form oracle)', () => {
  it('follows x_t = (1 - lr L)^t x_0 on f = L x^2 / 2', () => {
    const L = 4;
    for (const lr of [0.05, 0.3, 0.45]) {
      const path = trace(makeOptimizer('gd', { lr }), (x, g) => ((g[0] = L * x[0]!), g), [1], 30);
      path.forEach((v, t) => expect(v).toBeCloseTo((1 - lr * L) ** t, 12));
    }
  });

  const objective = {
    dim: 2,
    f: (x: ArrayLike<number>) => 0.5 * x[0]! * x[0]! + x[0]! * x[1]! + 5 * x[1]! * x[1]!,
    grad: (x: ArrayLike<number>, g: Float64Array) => quadGrad(x as Float64Array, g),
  };

  it.each([0.5, 0.9, 0.99])('converges for lr = %f * 2/L', (c) => {
    const tr = run({ objective, optimizer: { id: 'gd', params: { lr: (c * 2) / QUAD_L } }, start: [-4, 2], steps: 5000, stop: { gradNorm: 1e-10 } });
    expect(tr.status).toMatchObject({ kind: 'converged', reason: 'grad-norm' });
  });

  it.each([1.01, 1.1, 1.5])('diverges for lr = %f * 2/L', (c) => {
    const tr = run({ objective, optimizer: { id: 'gd', params: { lr: (c * 2) / QUAD_L } }, start: [-4, 2], steps: 5000 });
    expect(tr.status).toMatchObject({ kind: 'diverged', reason: 'left the bound |x| > 1000000' });
  });
});

describe('state() snapshots', () => {
  it('adam exposes t, m, v, mHat, vHat and the effective step', () => {
    const opt = makeOptimizer('adam', { lr: 0.1 });
    const x = new Float64Array([1, 2]);
    opt.step(x, new Float64Array([0.5, -4]));
    const s = opt.state();
    expect(s.t).toBe(1);
    expect(s.m![0]).toBeCloseTo(0.05, 15);
    expect(s.v![1]).toBeCloseTo(0.016, 15);
    expect(s.mHat![0]).toBeCloseTo(0.5, 12);
    expect(s.vHat![1]).toBeCloseTo(16, 9);
    expect(s.effectiveStep[0]).toBeCloseTo(-0.1, 6);
    expect(s.effectiveStep[1]).toBeCloseTo(0.1, 6);
    expect(x[0]! - 1).toBe(s.effectiveStep[0]);
  });

  it('is a copy: mutating it changes nothing', () => {
    const opt = makeOptimizer('sgd', { lr: 0.1, momentum: 0.9 });
    opt.step(new Float64Array([1]), new Float64Array([1]));
    opt.state().velocity![0] = 99;
    expect(opt.state().velocity).toEqual([1]);
  });

  it.each([
    ['sgd', { momentum: 0.9 }, ['velocity']],
    ['momentum-ema', {}, ['velocity']],
    ['adagrad', {}, ['sumSq', 'clr']],
    ['rmsprop', { centered: true, momentum: 0.5 }, ['squareAvg', 'gradAvg', 'velocity']],
    ['adam', { amsgrad: true }, ['m', 'v', 'mHat', 'vHat', 'vMax']],
  ] as const)('%s with %o shows %o', (id, params, keys) => {
    const opt = makeOptimizer(id, params);
    opt.step(new Float64Array([1, 1]), new Float64Array([1, 2]));
    const s = opt.state() as unknown as Record<string, unknown>;
    for (const k of keys) expect(s[k]).toBeDefined();
  });

  it('the effective step equals the change in x for every optimizer', () => {
    for (const id of OPTIMIZER_IDS) {
      const opt = makeOptimizer(id, BUSY[id]);
      const x = new Float64Array([-1.2, 1]);
      const g = new Float64Array(2);
      for (let k = 0; k < 5; k++) {
        const before = [...x];
        opt.step(x, rosenGrad(x, g));
        const eff = opt.state().effectiveStep;
        for (let i = 0; i < 2; i++) expect(eff[i]).toBeCloseTo(x[i]! - before[i]!, 14);
      }
    }
  });
});

describe('hyperparameter notation', () => {
  it.each(OPTIMIZER_IDS)('%s: every hyperparameter has its TeX, and every number its plain symbol, by name', (id) => {
    for (const h of hyperparamSpecs(optimizerInfo(id))) {
      expect(TEX[h.name], `${id}.${h.name}`).toBeTruthy();
      if (h.kind === 'number') expect(h.symbol).toBe(SYMBOLS[h.name as SymbolName]);
    }
  });
});
