import type { Rng } from '../rng';

/** Options of {@link makeBatcher}. */
export interface BatcherOptions {
  /** Number of samples. */
  readonly n: number;
  /** Samples per batch: 1 is stochastic GD, n is full-batch GD. */
  readonly batchSize: number;
  /** Source of the shuffles (seeded, so the same seed gives the same batches). */
  readonly rng: Rng;
  /** Drop a last batch smaller than batchSize, as PyTorch's DataLoader(drop_last=True). Default false. */
  readonly dropLast?: boolean;
}

/** Serves index batches; see {@link makeBatcher}. */
export interface Batcher {
  /**
   * The next batch of sample indices. The array is a view into the batcher's
   * permutation, valid until the next call: copy it to keep it.
   */
  next(): Uint32Array;
  /** 0-based epoch of the batch last returned (0 before the first call). */
  readonly epoch: number;
  /** 0-based position of the batch last returned within its epoch. */
  readonly batchInEpoch: number;
  /** Batches per epoch: ceil(n / batchSize), or floor with dropLast. */
  readonly batchesPerEpoch: number;
  /** Back to the start: epoch 0, the rng is not rewound (pass a fresh rng to replay). */
  reset(): void;
}

/**
 * Mini-batch sampling without replacement: each epoch shuffles the indices
 * 0..n-1 (Fisher-Yates) and serves them in consecutive batches, so every sample
 * is used exactly once per epoch (the "random reshuffling" of PyTorch's
 * DataLoader(shuffle=True)). Allocates once; next() returns views.
 *
 *   const b = makeBatcher({ n: 342, batchSize: 32, rng: makeRng(1) });
 *   const idx = b.next(); // 32 distinct indices
 */
export function makeBatcher(options: BatcherOptions): Batcher {
  const { n, batchSize, rng } = options;
  const dropLast = options.dropLast ?? false;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > n) {
    throw new RangeError(`batchSize must be an integer in [1, ${n}], got ${batchSize}`);
  }
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  const batchesPerEpoch = dropLast ? Math.floor(n / batchSize) : Math.ceil(n / batchSize);
  let epoch = -1;
  let batch = batchesPerEpoch; // forces a shuffle on the first call
  return {
    next() {
      if (batch >= batchesPerEpoch) {
        rng.shuffle(perm);
        epoch++;
        batch = 0;
      }
      const start = batch * batchSize;
      batch++;
      return perm.subarray(start, Math.min(start + batchSize, n));
    },
    get epoch() {
      return Math.max(epoch, 0);
    },
    get batchInEpoch() {
      return Math.max(batch - 1, 0);
    },
    batchesPerEpoch,
    reset() {
      for (let i = 0; i < n; i++) perm[i] = i;
      epoch = -1;
      batch = batchesPerEpoch;
    },
  };
}
