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

type NetworkValues = Values<typeof networkSchema>;

/** makeTrainer options for a full set of figure values (200 points). */
export function networkOptions(v: Omit<NetworkValues, 'steps'>): TrainerOptions {
  return {
    data: v.data as ClassificationKind,
    n: 200,
    noise: v.noise,
    hidden: Array.from({ length: v.layers }, () => v.units),
    activation: v.activation as Activation,
    // The chosen method at its own defaults (momentum's μ = 0.9, AdamW's λ = 0.01), at the figure's learning rate.
    optimizer: optimizerFor(v.optimizer, { lr: v.lr }),
    batchSize: v.batchSize,
    seed: v.seed,
  };
}

/** The plotted square around the data. */
export const NETWORK_DOMAIN = { x: [-1.6, 1.6], y: [-1.6, 1.6] } as const;
