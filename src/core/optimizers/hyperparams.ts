/**
 * Every numeric hyperparameter's slider range, by name: one range per name
 * across every optimizer (weight decay's is the same in SGD and in AdamW),
 * in a module of its own so that only pages that draw optimizer sliders ship
 * it. A slider's default is the optimizer's own (its registry record's
 * `defaults`) and its symbol the name's (./symbols): nothing is written twice.
 *
 *   RANGES.lr;                               // { min: 1e-5, max: 10, scale: 'log', digits: 3 }
 *   hyperparamSpecs(optimizerInfo('adam'));  // lr, beta1, beta2, eps, weightDecay, amsgrad, biasCorrection
 */
import { SYMBOLS, type SymbolName } from './symbols';
import type { HyperparamSpec, OptimizerInfo } from './types';

/** A slider's range: `scale` 'log' for learning rates and epsilons; `digits`: decimals shown and kept in links (significant digits on a log scale). */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly scale: 'linear' | 'log';
  readonly digits: number;
}

const linear = (min: number, max: number, digits: number): SliderRange => ({ min, max, scale: 'linear', digits });

/** Suggested slider ranges (validation is separate and looser), by hyperparameter name. */
export const RANGES: { readonly [N in SymbolName]: SliderRange } = {
  lr: { min: 1e-5, max: 10, scale: 'log', digits: 3 },
  eps: { min: 1e-12, max: 1, scale: 'log', digits: 2 },
  momentum: linear(0, 0.999, 3),
  dampening: linear(0, 1, 2),
  weightDecay: linear(0, 1, 3),
  beta: linear(0, 0.99, 2),
  lrDecay: linear(0, 1, 3),
  initialAccumulatorValue: linear(0, 10, 2),
  alpha: linear(0.5, 0.999, 3),
  beta1: linear(0, 0.999, 3),
  beta2: linear(0.5, 0.9999, 4),
};

/**
 * An optimizer's hyperparameters as slider specs, in the order of its
 * defaults (Adam's `betas` as `beta1` and `beta2`): numbers with their range,
 * default and symbol, switches as booleans. Throws on a numeric
 * hyperparameter with no range, so no optimizer can reach a slider without one.
 */
export function hyperparamSpecs(info: Pick<OptimizerInfo, 'id' | 'defaults'>): HyperparamSpec[] {
  const out: HyperparamSpec[] = [];
  const number = (name: string, value: number): void => {
    if (!Object.hasOwn(RANGES, name)) throw new Error(`${info.id}: no slider range for hyperparameter "${name}" (core/optimizers/hyperparams.ts)`);
    out.push({ name, kind: 'number', default: value, symbol: SYMBOLS[name as SymbolName], ...RANGES[name as SymbolName] });
  };
  for (const [name, value] of Object.entries(info.defaults as object)) {
    if (typeof value === 'boolean') out.push({ name, kind: 'boolean', default: value });
    else if (name === 'betas') {
      const [b1, b2] = value as readonly [number, number];
      number('beta1', b1);
      number('beta2', b2);
    } else number(name, value as number);
  }
  return out;
}
