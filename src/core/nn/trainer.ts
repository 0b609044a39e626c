import { makeBatcher, type Batcher } from '../data/batcher';
import { makeClassification, type ClassificationData, type ClassificationKind } from '../data/classification';
import { makeOptimizer } from '../optimizers';
import type { Optimizer } from '../optimizers/types';
import { makeRng } from '../rng';
import { accuracy, loss, makeMlp, trainStep, type Activation, type Mlp } from './mlp';

/** Options of {@link makeTrainer}. */
export interface TrainerOptions {
  /** Which toy data set (chapter 7's pickers). */
  readonly data: ClassificationKind;
  /** Number of points (default 200). */
  readonly n?: number;
  /** Gaussian jitter of the points (default 0.1). */
  readonly noise?: number;
  /** Widths of the hidden layers, e.g. [8] or [8, 8]. */
  readonly hidden: readonly number[];
  readonly activation: Activation;
  /** Any optimizer of src/core/optimizers, with its hyperparameters. */
  readonly optimizer: { readonly id: string; readonly params?: Readonly<Record<string, unknown>> };
  /** Samples per update, clamped to [1, n]. */
  readonly batchSize: number;
  /** One seed for the data, the initial weights and the shuffles: same seed, same run. */
  readonly seed: number;
}

/** A training run that advances one mini-batch at a time; see {@link makeTrainer}. */
export interface Trainer {
  readonly net: Mlp;
  readonly data: ClassificationData;
  readonly optimizer: Optimizer;
  readonly batcher: Batcher;
  /** Updates taken so far. */
  readonly steps: number;
  /** Full-data loss before any update, then after each update: losses()[t] is the loss after t updates. */
  losses(): Float64Array;
  /** One update on the next mini-batch; returns the full-data loss after it (non-finite if the run blew up). */
  step(): number;
  /** Fraction of the data classified right now. */
  accuracy(): number;
  /**
   * Root-mean-square of each layer's weight gradient dL/dW_l on the last
   * mini-batch (layer 1 first); zeros before the first step.
   */
  gradRms(): Float64Array;
  /** True once a loss or a weight is no longer a finite number. */
  readonly diverged: boolean;
}

/**
 * The training loop of chapter 7 as an object: forward pass, loss and backward
 * pass (backpropagation in {@link trainStep}), then the optimizer's update, one
 * mini-batch (sampled without replacement, reshuffled each epoch) per call of
 * step(). The data, the initial weights and the batches all come from `seed`,
 * so the same options replay the same run exactly.
 *
 *   const tr = makeTrainer({ data: 'circles', hidden: [8], activation: 'tanh',
 *     optimizer: { id: 'adam', params: { lr: 0.03 } }, batchSize: 16, seed: 1 });
 *   for (let t = 0; t < 300; t++) tr.step();
 *   tr.accuracy(); // close to 1
 */
export function makeTrainer(options: TrainerOptions): Trainer {
  const n = options.n ?? 200;
  const data = makeClassification(options.data, { n, noise: options.noise ?? 0.1, seed: options.seed });
  const net = makeMlp({ sizes: [2, ...options.hidden, 2], activation: options.activation, seed: `net:${options.seed}` });
  const optimizer = makeOptimizer(options.optimizer.id, options.optimizer.params ?? {});
  const batchSize = Math.min(n, Math.max(1, Math.round(options.batchSize)));
  const batcher = makeBatcher({ n, batchSize, rng: makeRng(`batches:${options.seed}`) });
  const rms = new Float64Array(net.layers.length);
  let hist = new Float64Array(256);
  hist[0] = loss(net, data);
  let steps = 0;
  let diverged = !Number.isFinite(hist[0]);

  return {
    net,
    data,
    optimizer,
    batcher,
    get steps() {
      return steps;
    },
    get diverged() {
      return diverged;
    },
    losses: () => hist.subarray(0, steps + 1),
    step() {
      if (diverged) return NaN;
      trainStep(net, data, batcher.next(), optimizer);
      net.layers.forEach((l, k) => {
        let s = 0;
        for (let i = l.wOffset; i < l.bOffset; i++) s += (net.grad[i] ?? 0) ** 2;
        rms[k] = Math.sqrt(s / (l.bOffset - l.wOffset));
      });
      const L = loss(net, data);
      steps++;
      if (steps + 1 > hist.length) {
        const bigger = new Float64Array(hist.length * 2);
        bigger.set(hist);
        hist = bigger;
      }
      hist[steps] = L;
      if (!Number.isFinite(L) || !net.params.every(Number.isFinite)) diverged = true;
      return L;
    },
    accuracy: () => accuracy(net, data),
    gradRms: () => rms,
  };
}
