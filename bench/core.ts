/**
 * Steps per second of every optimizer on 2-D Rosenbrock, through the public
 * `makeOptimizer` API versus a hand-written loop specialised to the same update
 * (no registry, no options, no bookkeeping). Goal: the library within 1.5x.
 * Each figure is the best of many short alternating rounds (20k steps, the
 * length of a long widget trajectory), which keeps it stable on a busy machine.
 *
 * Side by side, TensorFlow.js's optimizers (`tf.train.*`, @tensorflow/tfjs-core
 * with its CPU backend, a dev dependency of this benchmark only) on the same
 * problem: the same gradient computed in JS, applied with `applyGradients` to a
 * float32 variable (tfjs's CPU backend has no float64). That is tfjs's cheapest
 * path (no autodiff tape); what it measures is the cost of a tensor library's
 * per-step dispatch on a 2-parameter problem, which is exactly a widget's case.
 * tfjs has no AdamW or EMA momentum in tf.train; its RMSProp puts eps inside the
 * square root (TensorFlow's definition), so only the throughput is compared.
 *
 *   npm run bench:core              a table
 *   npm run bench:core -- --json    JSON (for scripts/bench.mjs)
 *
 * (The npm script bundles this file with esbuild, because Node's type stripping
 * does not resolve the extensionless imports used under src/. It imports the
 * optimizer and runner modules directly: the ~/core barrel also pulls in the
 * data sets.)
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { makeOptimizer, type Optimizer } from '../src/core/optimizers';
import { run } from '../src/core/runner';

const json = process.argv.includes('--json');

const START_X = -1.2;
const START_Y = 1;
const STEPS = 20_000;
const ROUNDS = 150;

function rosenGrad(x: Float64Array, g: Float64Array): void {
  const a = x[0]!;
  const r = x[1]! - a * a;
  g[0] = -2 * (1 - a) - 400 * a * r;
  g[1] = 200 * r;
}

/** One shared loop for every optimizer, as the runner uses them (a polymorphic call site). */
function libraryLoop(opt: Optimizer, steps: number): number {
  opt.reset();
  const x = new Float64Array([START_X, START_Y]);
  const g = new Float64Array(2);
  for (let k = 0; k < steps; k++) {
    rosenGrad(x, g);
    opt.step(x, g);
  }
  return x[0]! + x[1]!;
}

type Hand = (steps: number) => number;

const HAND: Record<string, Hand> = {
  gd(steps) {
    const lr = 1e-3;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      for (let i = 0; i < 2; i++) x[i] = x[i]! - lr * g[i]!;
    }
    return x[0]! + x[1]!;
  },
  'sgd momentum': (steps) => {
    const lr = 2e-4;
    const mu = 0.9;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const b = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      for (let i = 0; i < 2; i++) {
        b[i] = k === 0 ? g[i]! : mu * b[i]! + g[i]!;
        x[i] = x[i]! - lr * b[i]!;
      }
    }
    return x[0]! + x[1]!;
  },
  'momentum-ema': (steps) => {
    const lr = 2e-3;
    const beta = 0.9;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const v = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      for (let i = 0; i < 2; i++) {
        v[i] = beta * v[i]! + (1 - beta) * g[i]!;
        x[i] = x[i]! - lr * v[i]!;
      }
    }
    return x[0]! + x[1]!;
  },
  adagrad(steps) {
    const lr = 0.1;
    const eps = 1e-10;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const s = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      for (let i = 0; i < 2; i++) {
        s[i] = s[i]! + g[i]! * g[i]!;
        x[i] = x[i]! - (lr * g[i]!) / (Math.sqrt(s[i]!) + eps);
      }
    }
    return x[0]! + x[1]!;
  },
  rmsprop(steps) {
    const lr = 1e-3;
    const alpha = 0.99;
    const eps = 1e-8;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const s = new Float64Array(2);
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      for (let i = 0; i < 2; i++) {
        s[i] = alpha * s[i]! + (1 - alpha) * g[i]! * g[i]!;
        x[i] = x[i]! - (lr * g[i]!) / (Math.sqrt(s[i]!) + eps);
      }
    }
    return x[0]! + x[1]!;
  },
  adam(steps) {
    const lr = 0.01;
    const b1 = 0.9;
    const b2 = 0.999;
    const eps = 1e-8;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const m = new Float64Array(2);
    const v = new Float64Array(2);
    let p1 = 1;
    let p2 = 1;
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      p1 *= b1;
      p2 *= b2;
      const stepSize = lr / (1 - p1);
      const bc2Sqrt = Math.sqrt(1 - p2);
      for (let i = 0; i < 2; i++) {
        m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
        v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
        x[i] = x[i]! - (stepSize * m[i]!) / (Math.sqrt(v[i]!) / bc2Sqrt + eps);
      }
    }
    return x[0]! + x[1]!;
  },
  adamw(steps) {
    const lr = 0.01;
    const wd = 0.01;
    const b1 = 0.9;
    const b2 = 0.999;
    const eps = 1e-8;
    const x = new Float64Array([START_X, START_Y]);
    const g = new Float64Array(2);
    const m = new Float64Array(2);
    const v = new Float64Array(2);
    let p1 = 1;
    let p2 = 1;
    for (let k = 0; k < steps; k++) {
      rosenGrad(x, g);
      p1 *= b1;
      p2 *= b2;
      const stepSize = lr / (1 - p1);
      const bc2Sqrt = Math.sqrt(1 - p2);
      for (let i = 0; i < 2; i++) {
        m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
        v[i] = b2 * v[i]! + (1 - b2) * g[i]! * g[i]!;
        x[i] = x[i]! * (1 - lr * wd) - (stepSize * m[i]!) / (Math.sqrt(v[i]!) / bc2Sqrt + eps);
      }
    }
    return x[0]! + x[1]!;
  },
};

const CASES: { name: string; make: () => Optimizer }[] = [
  { name: 'gd', make: () => makeOptimizer('gd', { lr: 1e-3 }) },
  { name: 'sgd momentum', make: () => makeOptimizer('sgd', { lr: 2e-4, momentum: 0.9 }) },
  { name: 'momentum-ema', make: () => makeOptimizer('momentum-ema', { lr: 2e-3, beta: 0.9 }) },
  { name: 'adagrad', make: () => makeOptimizer('adagrad', { lr: 0.1 }) },
  { name: 'rmsprop', make: () => makeOptimizer('rmsprop', { lr: 1e-3 }) },
  { name: 'adam', make: () => makeOptimizer('adam', { lr: 0.01 }) },
  { name: 'adamw', make: () => makeOptimizer('adamw', { lr: 0.01 }) },
];

/** Best-of-rounds steps per second for each function, measured in alternation so load affects both alike. */
function measure(...fns: ((steps: number) => number)[]): number[] {
  let sink = 0;
  for (const fn of fns) sink += fn(20_000);
  const best = fns.map(() => Infinity);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      sink += fn(STEPS);
      best[i] = Math.min(best[i]!, performance.now() - t0);
    });
  }
  if (Number.isNaN(sink)) console.log('(diverged)');
  return best.map((ms) => STEPS / (ms / 1000));
}

const fmtRate = (r: number): string => `${(r / 1e6).toFixed(1)} M/s`;

// Warm every optimizer through the shared loop first, so its call site is as
// polymorphic during measurement as in the runner.
const optimizers = CASES.map((c) => ({ ...c, opt: c.make() }));
for (const c of optimizers) libraryLoop(c.opt, 20_000);

const rows: string[][] = [];
const rates: [number, number][] = [];
let worst = 0;
for (const c of optimizers) {
  const hand = HAND[c.name]!;
  const [lib = 0, ref = 0] = measure((n) => libraryLoop(c.opt, n), hand);
  const ratio = ref / lib;
  worst = Math.max(worst, ratio);
  rates.push([lib, ref]);
  rows.push([c.name, fmtRate(lib), fmtRate(ref), `${ratio.toFixed(2)}x`]);
}

const runSteps = 10_000;
const [runRate = 0] = measure((n) => {
  let s = 0;
  for (let done = 0; done < n; done += runSteps) {
    const tr = run({
      objective: { dim: 2, f: (p) => (1 - p[0]!) ** 2 + 100 * (p[1]! - p[0]! ** 2) ** 2, grad: (p, g) => (rosenGrad(p as Float64Array, g), g) },
      optimizer: { id: 'adam', params: { lr: 0.01 } },
      start: [START_X, START_Y],
      steps: runSteps,
    });
    s += tr.loss[tr.length]!;
  }
  return s;
});

// TensorFlow.js, same problem and hyperparameters, float32, CPU backend.
const TF: Record<string, (() => tf.Optimizer) | undefined> = {
  gd: () => tf.train.sgd(1e-3),
  'sgd momentum': () => tf.train.momentum(2e-4, 0.9),
  'momentum-ema': undefined,
  adagrad: () => tf.train.adagrad(0.1),
  rmsprop: () => tf.train.rmsprop(1e-3, 0.99, 0, 1e-8),
  adam: () => tf.train.adam(0.01, 0.9, 0.999, 1e-8),
  adamw: undefined,
};
const TF_STEPS = 2_000;
const TF_ROUNDS = 5;

/** tfjs steps per second: best of a few rounds of TF_STEPS applyGradients calls. */
function tfRate(make: () => tf.Optimizer): number {
  let best = Infinity;
  for (let r = 0; r < TF_ROUNDS + 1; r++) {
    const opt = make();
    const w = tf.variable(tf.tensor1d([START_X, START_Y], 'float32'), true, `w${r}`);
    const x = new Float64Array(2);
    const g = new Float64Array(2);
    const t0 = performance.now();
    for (let k = 0; k < TF_STEPS; k++) {
      const xs = w.dataSync();
      x[0] = xs[0]!;
      x[1] = xs[1]!;
      rosenGrad(x, g);
      const gt = tf.tensor1d([g[0]!, g[1]!], 'float32');
      opt.applyGradients({ [w.name]: gt });
      gt.dispose();
    }
    const ms = performance.now() - t0;
    if (r > 0) best = Math.min(best, ms); // round 0 warms up
    opt.dispose();
    w.dispose();
  }
  return TF_STEPS / (best / 1000);
}

let tfError: string | undefined;
const tfRates: Record<string, number | undefined> = {};
try {
  await tf.setBackend('cpu');
  await tf.ready();
  for (const c of CASES) {
    const make = TF[c.name];
    tfRates[c.name] = make ? tfRate(make) : undefined;
  }
} catch (err) {
  tfError = err instanceof Error ? err.message : String(err);
}

if (json) {
  console.log(
    JSON.stringify({
      problem: 'rosenbrock 2-D from (-1.2, 1)',
      rounds: ROUNDS,
      stepsPerRound: STEPS,
      optimizers: CASES.map((c, i) => ({
        name: c.name,
        libraryStepsPerSec: rates[i]![0],
        handStepsPerSec: rates[i]![1],
        handOverLib: rates[i]![1] / rates[i]![0],
        tfjsStepsPerSec: tfRates[c.name] ?? null,
      })),
      worstRatio: worst,
      goalRatio: 1.5,
      runAdamStepsPerSec: runRate,
      tfjs: { version: tf.version_core, backend: tfError ? null : tf.getBackend(), steps: TF_STEPS, error: tfError ?? null },
    }),
  );
} else {
  const header = ['optimizer (Rosenbrock, 2-D)', 'makeOptimizer', 'hand loop', 'hand / lib', 'tfjs cpu', 'lib / tfjs'];
  CASES.forEach((c, i) => {
    const t = tfRates[c.name];
    rows[i]!.push(t ? `${(t / 1e3).toFixed(1)} k/s` : '-', t ? `${(rates[i]![0] / t).toFixed(0)}x` : '-');
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\nworst ratio ${worst.toFixed(2)}x (goal <= 1.5x)`);
  console.log(`run() with adam, 10k-step trajectories incl. f, grad, norms and records: ${fmtRate(runRate)}`);
  console.log(tfError ? `tfjs: not measured (${tfError})` : `tfjs-core ${tf.version_core}, backend ${tf.getBackend()}, float32, applyGradients with the gradient computed in JS`);
}
