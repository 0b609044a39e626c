/** Figure model of the `batch-variants` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { runMiniBatch, type MiniBatchRun } from '~/core';
import { PENGUIN_MSE } from '../shared/penguin-mse';

export const VARIANT_START: readonly [number, number] = [-1.2, 1.6];

/** One variant: mini-batch gradient descent with batch size B, optionally with α / (1 + epoch). */
export function variantRun(batchSize: number, lr: number, epochs: number, seed: number, decay: boolean): MiniBatchRun {
  const perEpoch = Math.ceil(PENGUIN_MSE.n / batchSize);
  return runMiniBatch({
    objective: PENGUIN_MSE,
    optimizer: { id: 'gd', params: { lr } },
    start: VARIANT_START,
    batchSize,
    epochs,
    seed,
    bound: 1e3,
    ...(decay ? { schedule: { kind: 'inverse-time', k: 1 / perEpoch } as const } : {}),
  });
}

/** Mean full-data loss over the last epoch's updates: how far above the minimum the run keeps jittering. */
export function lastEpochLoss(r: MiniBatchRun): number {
  const from = Math.max(1, r.length - r.updatesPerEpoch + 1);
  let s = 0;
  for (let k = from; k <= r.length; k++) s += r.loss[k] ?? 0;
  return s / Math.max(1, r.length - from + 1);
}
