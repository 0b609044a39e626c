/**
 * Chapter 7's network figure as plain data -> core calls, shared by the widget
 * and the tests that check the numbers the chapter quotes: the figure's
 * settings become the options of makeTrainer.
 *
 *   const tr = makeTrainer(networkOptions(defaultsOf(networkSchema)));
 */
import type { Activation, TrainerOptions } from '~/core/nn';
import type { ClassificationKind } from '~/core/data';
import type { Values } from '~/state/schema';
import { optimizerFor } from '../shared/optimizers';
import type { networkSchema } from './schema';
import { mix, runColour } from '~/viz';

type NetworkValues = Values<typeof networkSchema>;

/** makeTrainer options for a full set of figure values (200 points). */
export function networkOptions(v: Omit<NetworkValues, 'steps'>): TrainerOptions {
  return {
    data: v.data as ClassificationKind,
    n: 200,
    noise: v.noise,
    hidden: Array.from({ length: v.layers }, () => v.units),
    activation: v.activation as Activation,
    // The chosen method at its own defaults (momentum's μ = 0.9, AdamW's ω = 0.01), at the figure's learning rate.
    optimizer: optimizerFor(v.optimizer, { lr: v.lr }),
    batchSize: v.batchSize,
    seed: v.seed,
  };
}

/** The plotted square around the data. */
export const NETWORK_DOMAIN = { x: [-1.6, 1.6], y: [-1.6, 1.6] } as const;

/**
 * The decision regions' colours as a colour table for `paintDecision`
 * (RGBA, `size` entries for P(class 1) from 0 to 1): class 0's colour below ½,
 * class 1's above, stronger the surer the network is, white (or the dark
 * background) at ½.
 */
export function decisionLut(mode: 'light' | 'dark', size = 513): Uint8ClampedArray {
  const bg = mode === 'dark' ? '#14161a' : '#ffffff';
  const c0 = runColour(0, mode);
  const c1 = runColour(1, mode);
  const strength = mode === 'dark' ? 0.42 : 0.4;
  const lut = new Uint8ClampedArray(size * 4);
  for (let k = 0; k < size; k++) {
    const p = k / (size - 1);
    const col = mix(bg, p >= 0.5 ? c1 : c0, Math.abs(2 * p - 1) * strength);
    lut.set([col.r, col.g, col.b, 255], 4 * k);
  }
  return lut;
}

/**
 * The decision regions' pixels: P(class 1) on an n × n grid (rows bottom-up)
 * through `lut`, upright (image row 0 is the grid's top row); a non-finite
 * value is drawn as ½. The one-class-probability case of viz's
 * `fieldToImageData`, written out so the network's pages do not load the
 * general painter (its scales and levels) for it.
 */
export function paintDecision(values: ArrayLike<number>, n: number, lut: Uint8ClampedArray, out: Uint8ClampedArray): Uint8ClampedArray {
  const last = lut.length / 4 - 1;
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const p = values[j * n + i] ?? NaN;
      const k = 4 * Math.round((Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0.5) * last);
      const o = 4 * ((n - 1 - j) * n + i);
      out[o] = lut[k]!;
      out[o + 1] = lut[k + 1]!;
      out[o + 2] = lut[k + 2]!;
      out[o + 3] = 255;
    }
  }
  return out;
}
