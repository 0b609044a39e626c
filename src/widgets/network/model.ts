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
import type { NetworkOptimizer, networkSchema } from './schema';

type NetworkValues = Values<typeof networkSchema>;

/** The figure's optimizer choice as a core optimizer: momentum and Nesterov use μ = 0.9, AdamW λ = 0.01. */
export function networkOptimizer(opt: NetworkOptimizer, lr: number): TrainerOptions['optimizer'] {
  switch (opt) {
    case 'sgd':
      return { id: 'sgd', params: { lr } };
    case 'momentum':
      return { id: 'sgd', params: { lr, momentum: 0.9 } };
    case 'nesterov':
      return { id: 'sgd', params: { lr, momentum: 0.9, nesterov: true } };
    case 'adagrad':
      return { id: 'adagrad', params: { lr } };
    case 'rmsprop':
      return { id: 'rmsprop', params: { lr } };
    case 'adam':
      return { id: 'adam', params: { lr } };
    case 'adamw':
      return { id: 'adamw', params: { lr, weightDecay: 0.01 } };
  }
}

/** makeTrainer options for a full set of figure values (200 points). */
export function networkOptions(v: Omit<NetworkValues, 'steps'>): TrainerOptions {
  return {
    data: v.data as ClassificationKind,
    n: 200,
    noise: v.noise,
    hidden: Array.from({ length: v.layers }, () => v.units),
    activation: v.activation as Activation,
    optimizer: networkOptimizer(v.optimizer, v.lr),
    batchSize: v.batchSize,
    seed: v.seed,
  };
}

/** The plotted square around the data. */
export const NETWORK_DOMAIN = { x: [-1.6, 1.6], y: [-1.6, 1.6] } as const;
