/**
 * Every optimizer's slider specs (label, TeX, symbol, default, range, scale,
 * digits), in a module of their own so that only pages that draw optimizer
 * sliders ship them (the book's optimizer catalogue reads them).
 *
 *   HYPERPARAMS.adam; // lr, beta1, beta2, eps, weightDecay, amsgrad, biasCorrection
 */
import type { HyperparamSpec, OptimizerId } from './types';

/** gd. */
const gdHyperparams: readonly HyperparamSpec[] = [
  { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-3, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
];

/** sgd. */
const sgdHyperparams: readonly HyperparamSpec[] = [
  { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-3, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
  { name: 'momentum', kind: 'number', tex: String.raw`\mu`, label: 'momentum', default: 0, min: 0, max: 0.999, scale: 'linear', symbol: 'μ', digits: 3 },
  { name: 'dampening', kind: 'number', tex: String.raw`\tau`, label: 'dampening', default: 0, min: 0, max: 1, scale: 'linear', symbol: 'τ', digits: 2 },
  { name: 'nesterov', kind: 'boolean', tex: String.raw`\text{Nesterov}`, label: 'Nesterov momentum', default: false },
  { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear', symbol: 'λ', digits: 3 },
];

/** momentum-ema. */
const momentumEmaHyperparams: readonly HyperparamSpec[] = [
  { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-2, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
  { name: 'beta', kind: 'number', tex: String.raw`\beta`, label: 'momentum', default: 0.9, min: 0, max: 0.99, scale: 'linear', symbol: 'β', digits: 2 },
];

/** adagrad. */
const adagradHyperparams: readonly HyperparamSpec[] = [
  { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-2, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
  { name: 'lrDecay', kind: 'number', tex: String.raw`\gamma`, label: 'learning-rate decay', default: 0, min: 0, max: 1, scale: 'linear', symbol: 'γ', digits: 3 },
  { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear', symbol: 'λ', digits: 3 },
  { name: 'initialAccumulatorValue', kind: 'number', tex: String.raw`s_0`, label: 'initial accumulator', default: 0, min: 0, max: 10, scale: 'linear', symbol: 's₀', digits: 2 },
  { name: 'eps', kind: 'number', tex: String.raw`\epsilon`, label: 'epsilon', default: 1e-10, min: 1e-12, max: 1, scale: 'log', symbol: 'ε', digits: 2 },
];

/** rmsprop. */
const rmspropHyperparams: readonly HyperparamSpec[] = [
  { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-2, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
  { name: 'alpha', kind: 'number', tex: String.raw`\alpha`, label: 'smoothing constant', default: 0.99, min: 0.5, max: 0.999, scale: 'linear', symbol: 'α', digits: 3 },
  { name: 'eps', kind: 'number', tex: String.raw`\epsilon`, label: 'epsilon', default: 1e-8, min: 1e-12, max: 1, scale: 'log', symbol: 'ε', digits: 2 },
  { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear', symbol: 'λ', digits: 3 },
  { name: 'momentum', kind: 'number', tex: String.raw`\mu`, label: 'momentum', default: 0, min: 0, max: 0.99, scale: 'linear', symbol: 'μ', digits: 3 },
  { name: 'centered', kind: 'boolean', tex: String.raw`\text{centered}`, label: 'centered', default: false },
];

/** Sliders shared by Adam and AdamW; only the weight-decay default differs. */
function adamHyperparams(weightDecay: number): readonly HyperparamSpec[] {
  return [
    { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-3, min: 1e-5, max: 10, scale: 'log', symbol: 'η', digits: 3 },
    { name: 'beta1', kind: 'number', tex: String.raw`\beta_1`, label: 'first-moment decay', default: 0.9, min: 0, max: 0.999, scale: 'linear', symbol: 'β₁', digits: 3 },
    { name: 'beta2', kind: 'number', tex: String.raw`\beta_2`, label: 'second-moment decay', default: 0.999, min: 0.5, max: 0.9999, scale: 'linear', symbol: 'β₂', digits: 4 },
    { name: 'eps', kind: 'number', tex: String.raw`\epsilon`, label: 'epsilon', default: 1e-8, min: 1e-12, max: 1, scale: 'log', symbol: 'ε', digits: 2 },
    { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay', default: weightDecay, min: 0, max: 1, scale: 'linear', symbol: 'λ', digits: 3 },
    { name: 'amsgrad', kind: 'boolean', tex: String.raw`\text{AMSGrad}`, label: 'AMSGrad', default: false },
    { name: 'biasCorrection', kind: 'boolean', tex: String.raw`1-\beta^t`, label: 'bias correction', default: true },
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
