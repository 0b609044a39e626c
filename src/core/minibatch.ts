/**
 * Stochastic and mini-batch gradient descent on a data-driven loss, and the
 * statistics of mini-batch gradients. Batches come from the seeded
 * epoch batcher (sampling without replacement, reshuffled every epoch, as
 * PyTorch's DataLoader(shuffle=True)), so the same seed replays the same noise.
 *
 *   const J = makeLeastSquares(std.x, std.y);
 *   const r = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1, 1], batchSize: 32, epochs: 3, seed: 7 });
 *   r.length; // 3 * ceil(n / 32) updates
 */
import { makeBatcher } from './data/batcher';
import { makeRng } from './rng';
import { run, type OptimizerSpec, type RunStatus } from './runner';
import type { Schedule } from './schedules';
import type { Vec } from './types';

/** What a mini-batch run needs: the full loss (for the record) and the gradient over a batch of sample indices. */
export interface BatchObjective {
  readonly dim: number;
  /** Number of samples. */
  readonly n: number;
  f(p: ArrayLike<number>): number;
  batchGrad(p: ArrayLike<number>, idx: ArrayLike<number>, out: Float64Array): Float64Array;
}

export interface MiniBatchOptions {
  readonly objective: BatchObjective;
  readonly optimizer: OptimizerSpec;
  readonly start: ArrayLike<number>;
  /** Samples per update: 1 is stochastic GD, n is full-batch GD. */
  readonly batchSize: number;
  /** Passes over the data. */
  readonly epochs: number;
  /** Seed of the shuffles. */
  readonly seed: number | string;
  /** Learning-rate schedule over updates (default constant). */
  readonly schedule?: Schedule;
  /** Diverged when some |p_i| exceeds this (default 1e6). */
  readonly bound?: number;
}

export interface MiniBatchRun {
  readonly dim: number;
  /** Updates actually made. */
  readonly length: number;
  /** p_0 ... p_length, row after row; all finite. */
  readonly positions: Float64Array;
  /** Full-data loss f(p_0) ... f(p_length). */
  readonly loss: Float64Array;
  /** Epoch (1-based) that update k belongs to, k < length. */
  readonly epochOf: Uint32Array;
  /** Updates per epoch: ceil(n / batchSize). */
  readonly updatesPerEpoch: number;
  /** Completed passes over the data (fractional when a run stops mid-epoch). */
  readonly epochs: number;
  /** Samples whose gradient was computed in total. */
  readonly samplesSeen: number;
  readonly status: RunStatus;
}

/**
 * Mini-batch gradient descent: each update averages the gradient over the
 * next batch of B samples, p <- p - lr_t g_B(p) (plain SGD in PyTorch), with
 * every sample used once per epoch. B = n is batch gradient descent, B = 1
 * stochastic gradient descent (Ruder 2016, sec. 2). A thin wrapper over the
 * runner (runner.ts): the batches are its gradient, so the update is the
 * optimizer's and the stopping rules are the runner's. Stops early, marked
 * diverged, when the position, loss or gradient stops being finite or the
 * position leaves the bound.
 *
 *   runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [0, 0], batchSize: 1, epochs: 1, seed: 1 });
 */
export function runMiniBatch(options: MiniBatchOptions): MiniBatchRun {
  const { objective, start, batchSize, epochs, schedule } = options;
  const dim = objective.dim;
  const n = objective.n;
  if (!(Number.isInteger(epochs) && epochs >= 0)) throw new Error(`runMiniBatch: invalid epochs = ${String(epochs)}; expected an integer >= 0`);
  if (start.length !== dim) throw new Error(`runMiniBatch: start has ${start.length} coordinates but the objective has dim ${dim}`);
  const batcher = makeBatcher({ n, batchSize, rng: makeRng(options.seed) });
  const perEpoch = batcher.batchesPerEpoch;
  const steps = perEpoch * epochs;
  // Call k of the gradient draws batch k: the one update k + 1 uses. The
  // runner also asks at the last point, after the last update: that batch is drawn but not counted.
  const epochOf = new Uint32Array(steps + 1);
  const seenAfter = new Float64Array(steps + 2);
  let calls = 0;
  const grad = (x: ArrayLike<number>, out: Vec): Vec => {
    const idx = batcher.next();
    epochOf[calls] = batcher.epoch + 1;
    seenAfter[calls + 1] = seenAfter[calls]! + idx.length;
    calls++;
    return objective.batchGrad(x, idx, out);
  };
  const tr = run({
    objective: { dim, f: (x) => objective.f(x), grad },
    optimizer: options.optimizer,
    start,
    steps,
    ...(schedule ? { schedule } : {}),
    stop: { bound: options.bound ?? 1e6 },
  });
  const { length, status } = tr;
  // Samples behind the updates made, and behind the one that diverged.
  const seen = seenAfter[Math.min(calls, status.kind === 'diverged' ? length + 1 : length)]!;
  return {
    dim,
    length,
    positions: tr.positions,
    loss: tr.loss,
    epochOf: epochOf.subarray(0, length),
    updatesPerEpoch: perEpoch,
    epochs: seen / n,
    samplesSeen: seen,
    status,
  };
}

/** A sample of mini-batch gradients at one point, with the full gradient they scatter around. */
export interface GradientSample {
  /** The full-data gradient at the point. */
  readonly full: Float64Array;
  /** `count` mini-batch gradients, row after row. */
  readonly samples: Float64Array;
  /** Root-mean-square distance of the samples from the full gradient. */
  readonly spread: number;
}

/**
 * `count` independent mini-batch gradients of size B at `point`, each from B
 * distinct samples drawn without replacement (a fresh partial shuffle per
 * batch), and their root-mean-square distance from the full gradient.
 *
 *   sampleBatchGradients(J, [0, 0], 32, 200, 'seed').spread;
 */
export function sampleBatchGradients(objective: BatchObjective, point: ArrayLike<number>, batchSize: number, count: number, seed: number | string): GradientSample {
  const { n, dim } = objective;
  if (!(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= n)) throw new RangeError(`batchSize must be an integer in [1, ${n}], got ${batchSize}`);
  const rng = makeRng(seed);
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const full = objective.batchGrad(point, all, new Float64Array(dim));
  const samples = new Float64Array(count * dim);
  const g = new Float64Array(dim);
  let sq = 0;
  for (let c = 0; c < count; c++) {
    // Partial Fisher-Yates: the first B entries become a uniform draw without replacement.
    for (let i = 0; i < batchSize; i++) {
      const j = i + Math.floor(rng.next() * (n - i));
      const t = all[i]!;
      all[i] = all[j]!;
      all[j] = t;
    }
    objective.batchGrad(point, all.subarray(0, batchSize), g);
    for (let d = 0; d < dim; d++) {
      samples[c * dim + d] = g[d]!;
      sq += (g[d]! - full[d]!) ** 2;
    }
  }
  return { full, samples, spread: count > 0 ? Math.sqrt(sq / count) : 0 };
}

/**
 * The exact root-mean-square distance between a mini-batch gradient of size B
 * (B distinct samples, without replacement) and the full gradient:
 * sqrt(sigma^2 / B * (n - B) / (n - 1)), where sigma^2 = (1/n) sum_i ||g_i - g||^2
 * is the spread of the per-sample gradients g_i (the finite-population
 * correction of survey sampling; Cochran, Sampling Techniques, 1977, 2.4).
 * For B much smaller than n this is sigma / sqrt(B): the 1/sqrt(B) law; at
 * B = n it is exactly 0.
 *
 *   batchGradientSpread(J, [0, 0], 32); // { exact, sigma, simple: sigma / sqrt(32) }
 */
export function batchGradientSpread(objective: BatchObjective, point: ArrayLike<number>, batchSize: number): { exact: number; sigma: number; simple: number } {
  const { n, dim } = objective;
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const full = objective.batchGrad(point, all, new Float64Array(dim));
  const one = new Uint32Array(1);
  const g = new Float64Array(dim);
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    one[0] = i;
    objective.batchGrad(point, one, g);
    for (let d = 0; d < dim; d++) s2 += (g[d]! - full[d]!) ** 2;
  }
  const sigma = Math.sqrt(s2 / n);
  const fpc = n > 1 ? (n - batchSize) / (n - 1) : 0;
  return { exact: Math.sqrt(Math.max(0, (sigma * sigma * fpc) / batchSize)), sigma, simple: sigma / Math.sqrt(batchSize) };
}
