/**
 * The optimizer registry, keyed by stable id, and `makeOptimizer`, the one way
 * widgets, tests and outside users build an optimizer.
 *
 *   const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
 *   opt.step(x, g);   // x, g: Float64Array; x is updated in place
 *   opt.reset();      // back to the initial state
 *   opt.state();      // { t, lr, effectiveStep, m, v, mHat, vHat, ... }
 *
 * Hyperparameters not given take PyTorch's defaults; unknown ids, unknown
 * hyperparameter names and invalid values throw an Error naming them.
 */
import { adagrad } from './adagrad';
import { adam } from './adam';
import { adamw } from './adamw';
import { gd } from './gd';
import { momentumEma } from './momentum-ema';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import {
  OPTIMIZER_IDS,
  type Optimizer,
  type OptimizerId,
  type OptimizerInfo,
  type OptimizerInput,
  type OptimizerParamsMap,
} from './types';

export * from './types';
export { RANGES, hyperparamSpecs, type SliderRange } from './hyperparams';
export { SYMBOLS, type SymbolName } from './symbols';
export { RULES, TEX, type OptimizerRule } from './rules';

/** Every optimizer's record: defaults, validation, construction (its label, rule and source: `RULES`). */
export const OPTIMIZERS: { readonly [K in OptimizerId]: OptimizerInfo<K> } = {
  gd,
  sgd,
  'momentum-ema': momentumEma,
  adagrad,
  rmsprop,
  adam,
  adamw,
};

/**
 * True when `id` names an optimizer (for ids read from URLs).
 *
 *   isOptimizerId(params.get('opt') ?? '');
 */
export function isOptimizerId(id: string): id is OptimizerId {
  return (OPTIMIZER_IDS as readonly string[]).includes(id);
}

/**
 * The registry record for `id`; throws on an unknown id, listing the known ones.
 *
 *   optimizerInfo('adam').defaults; // { lr: 1e-3, betas: [0.9, 0.999], ... }
 */
export function optimizerInfo<K extends OptimizerId>(id: K): OptimizerInfo<K>;
export function optimizerInfo(id: string): OptimizerInfo;
export function optimizerInfo(id: string): OptimizerInfo {
  if (!isOptimizerId(id)) {
    throw new Error(`unknown optimizer id "${id}"; expected one of ${OPTIMIZER_IDS.join(', ')}`);
  }
  return OPTIMIZERS[id] as unknown as OptimizerInfo;
}

function checkValue(id: string, kind: 'number' | 'boolean', name: string, value: unknown): void {
  if (name === 'betas') {
    if (!Array.isArray(value) || value.length !== 2 || !value.every((b) => typeof b === 'number')) {
      throw new Error(`${id}: invalid betas = ${JSON.stringify(value)}; expected a pair of numbers [beta1, beta2]`);
    }
    return;
  }
  if (typeof value !== kind) {
    throw new Error(`${id}: invalid ${name} = ${String(value)}; expected a ${kind}`);
  }
}

/**
 * Merge `input` over the defaults of `id` and validate, without building
 * anything. Accepts `beta1` / `beta2` for Adam-style optimizers.
 *
 *   resolveParams('adam', { beta1: 0.8 }).betas; // [0.8, 0.999]
 */
export function resolveParams<K extends OptimizerId>(id: K, input?: OptimizerInput<K>): OptimizerParamsMap[K];
export function resolveParams(id: string, input?: Readonly<Record<string, unknown>>): OptimizerParamsMap[OptimizerId];
export function resolveParams(id: string, input: Readonly<Record<string, unknown>> = {}): OptimizerParamsMap[OptimizerId] {
  const info = optimizerInfo(id);
  const out: Record<string, unknown> = { ...info.defaults };
  const adamLike = id === 'adam' || id === 'adamw';
  let beta1: number | undefined;
  let beta2: number | undefined;
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    // A hyperparameter's kind is its default's (beta1 / beta2 are numbers).
    const kind = typeof (info.defaults as unknown as Record<string, unknown>)[name] === 'boolean' ? 'boolean' : 'number';
    if (adamLike && (name === 'beta1' || name === 'beta2')) {
      checkValue(id, kind, name, value);
      if (name === 'beta1') beta1 = value as number;
      else beta2 = value as number;
      continue;
    }
    if (!Object.hasOwn(info.defaults, name)) {
      const known = adamLike ? [...Object.keys(info.defaults), 'beta1', 'beta2'] : Object.keys(info.defaults);
      throw new Error(`${id}: unknown hyperparameter "${name}"; expected one of ${known.join(', ')}`);
    }
    checkValue(id, kind, name, value);
    out[name] = name === 'betas' ? [...(value as number[])] : value;
  }
  if (adamLike && (beta1 !== undefined || beta2 !== undefined)) {
    if (Object.hasOwn(input, 'betas') && input['betas'] !== undefined) {
      throw new Error(`${id}: give either betas or beta1/beta2, not both`);
    }
    const [d1, d2] = out['betas'] as [number, number];
    out['betas'] = [beta1 ?? d1, beta2 ?? d2];
  }
  const params = out as unknown as OptimizerParamsMap[OptimizerId];
  info.validate(params);
  return params;
}

/**
 * Build an optimizer by id with PyTorch's defaults for anything not given.
 *
 *   const opt = makeOptimizer('rmsprop', { lr: 0.01, centered: true });
 */
export function makeOptimizer<K extends OptimizerId>(id: K, params?: OptimizerInput<K>): Optimizer;
export function makeOptimizer(id: string, params?: Readonly<Record<string, unknown>>): Optimizer;
export function makeOptimizer(id: string, params: Readonly<Record<string, unknown>> = {}): Optimizer {
  const resolved = resolveParams(id, params);
  return optimizerInfo(id).create(resolved);
}
