/**
 * Every optimizer's slider specs (symbol, default, range, scale,
 * digits; the words of a slider's label are the catalogue's; the TeX of each name is in ./symbols), in a module of their own so that only pages that draw optimizer
 * sliders ship them (the book's optimizer catalogue reads them).
 *
 *   HYPERPARAMS.adam; // lr, beta1, beta2, eps, weightDecay, amsgrad, biasCorrection
 */
import { SYMBOLS, type SymbolName } from './symbols';
import type { HyperparamSpec, OptimizerId } from './types';

/** The learning rate's slider: every optimizer's, log scale, only its default differs. */
const lr = (value: number): HyperparamSpec => ({
  name: 'lr',
  kind: 'number',
  default: value,
  min: 1e-5,
  max: 10,
  scale: 'log',
  symbol: SYMBOLS.lr,
  digits: 3,
});
/** The denominator's epsilon (log scale). */
const eps = (value: number): HyperparamSpec => ({
  name: 'eps',
  kind: 'number',
  default: value,
  min: 1e-12,
  max: 1,
  scale: 'log',
  symbol: SYMBOLS.eps,
  digits: 2,
});
/** Weight decay's slider (L2 in SGD, Adagrad, RMSprop and Adam; decoupled in AdamW). */
const weightDecay = (value: number): HyperparamSpec => ({
  name: 'weightDecay',
  kind: 'number',
  default: value,
  min: 0,
  max: 1,
  scale: 'linear',
  symbol: SYMBOLS.weightDecay,
  digits: 3,
});
/** Any other hyperparameter's slider: linear over `range`, `digits` decimals. */
const linear = (name: SymbolName, value: number, [min, max]: readonly [number, number], digits: number): HyperparamSpec => ({
  name,
  kind: 'number',
  default: value,
  min,
  max,
  scale: 'linear',
  symbol: SYMBOLS[name],
  digits,
});
/** A switch (no slider). */
const flag = (name: string, value: boolean): HyperparamSpec => ({
  name,
  kind: 'boolean',
  default: value,
});

/** gd. */
const gdHyperparams: readonly HyperparamSpec[] = [lr(1e-3)];

/** sgd. */
const sgdHyperparams: readonly HyperparamSpec[] = [lr(1e-3), linear('momentum', 0, [0, 0.999], 3), linear('dampening', 0, [0, 1], 2), flag('nesterov', false), weightDecay(0)];

/** momentum-ema. */
const momentumEmaHyperparams: readonly HyperparamSpec[] = [lr(1e-2), linear('beta', 0.9, [0, 0.99], 2)];

/** adagrad. */
const adagradHyperparams: readonly HyperparamSpec[] = [lr(1e-2), linear('lrDecay', 0, [0, 1], 3), weightDecay(0), linear('initialAccumulatorValue', 0, [0, 10], 2), eps(1e-10)];

/** rmsprop. */
const rmspropHyperparams: readonly HyperparamSpec[] = [
  lr(1e-2),
  linear('alpha', 0.99, [0.5, 0.999], 3),
  eps(1e-8),
  weightDecay(0),
  linear('momentum', 0, [0, 0.99], 3),
  flag('centered', false),
];

/** Sliders shared by Adam and AdamW; only the weight-decay default differs. */
function adamHyperparams(decay: number): readonly HyperparamSpec[] {
  return [
    lr(1e-3),
    linear('beta1', 0.9, [0, 0.999], 3),
    linear('beta2', 0.999, [0.5, 0.9999], 4),
    eps(1e-8),
    weightDecay(decay),
    flag('amsgrad', false),
    flag('biasCorrection', true),
  ];
}

export const HYPERPARAMS: { readonly [K in OptimizerId]: readonly HyperparamSpec[] } = {
  gd: gdHyperparams,
  sgd: sgdHyperparams,
  'momentum-ema': momentumEmaHyperparams,
  adagrad: adagradHyperparams,
  rmsprop: rmspropHyperparams,
  adam: adamHyperparams(0),
  adamw: adamHyperparams(1e-2),
};
