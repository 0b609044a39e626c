/** Figure model of the `gradient-noise` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { batchGradientSpread, sampleBatchGradients } from '~/core';
import { PENGUIN_MSE } from '../shared/penguin-mse';

/** Where the gradients are sampled: the start of the chapter's runs. */
export const NOISE_POINT: readonly [number, number] = [-1.2, 1.6];
export const NOISE_SAMPLES = 200;
export const NOISE_SIZES = [1, 2, 4, 8, 16, 32, 64, 128, 256, 342] as const;

export function gradientSample(batch: number, seed: number) {
  return sampleBatchGradients(PENGUIN_MSE, NOISE_POINT, batch, NOISE_SAMPLES, seed);
}
export function spreadTheory(batch: number) {
  return batchGradientSpread(PENGUIN_MSE, NOISE_POINT, batch);
}
