/**
 * The optimizer contract shared by every update rule under src/core/optimizers.
 *
 * An optimizer is a small stateful object: `step(x, g)` reads the gradient `g`
 * at `x` and moves `x` in place, exactly like `torch.optim.Optimizer.step()`
 * after `loss.backward()`. State vectors (momentum, moments...) are allocated on
 * the first step, sized to `x`, and reused afterwards, so stepping allocates
 * nothing.
 *
 *   const opt = makeOptimizer('sgd', { lr: 0.1, momentum: 0.9 });
 *   opt.step(x, g);
 */
import type { Vec } from '../types';

/** Stable ids of every optimizer; used in URLs, so never rename one. */
export const OPTIMIZER_IDS = ['gd', 'sgd', 'momentum-ema', 'adagrad', 'rmsprop', 'adam', 'adamw'] as const;
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

/** Plain gradient descent: w <- w - lr g. */
export interface GdParams {
  lr: number;
}

/** torch.optim.SGD. */
export interface SgdParams {
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
}

/** The textbook exponential-moving-average momentum. */
export interface MomentumEmaParams {
  lr: number;
  beta: number;
}

/** torch.optim.Adagrad. */
export interface AdagradParams {
  lr: number;
  lrDecay: number;
  weightDecay: number;
  initialAccumulatorValue: number;
  eps: number;
}

/** torch.optim.RMSprop. */
export interface RmspropParams {
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
}

/** torch.optim.Adam / AdamW, plus the book's `biasCorrection` switch. */
export interface AdamParams {
  lr: number;
  betas: readonly [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  /** Divide the moments by 1 - beta^t (true in PyTorch; false shows why it exists). */
  biasCorrection: boolean;
}

/** Resolved hyperparameters of each optimizer. */
export interface OptimizerParamsMap {
  gd: GdParams;
  sgd: SgdParams;
  'momentum-ema': MomentumEmaParams;
  adagrad: AdagradParams;
  rmsprop: RmspropParams;
  adam: AdamParams;
  adamw: AdamParams;
}

/**
 * What `makeOptimizer` accepts: any subset of the hyperparameters. Adam-style
 * optimizers also take `beta1` / `beta2` one at a time (the names the book and
 * the sliders use), as an alternative to the `betas` pair.
 */
export type OptimizerInput<K extends OptimizerId> = Partial<OptimizerParamsMap[K]> &
  (K extends 'adam' | 'adamw' ? { beta1?: number; beta2?: number } : unknown);

/** A plain, copied snapshot of an optimizer's internals, for widgets and tests. */
export interface OptimizerState {
  readonly id: OptimizerId;
  /** Steps taken since construction or the last reset. */
  readonly t: number;
  /** The learning rate the next step will use. */
  readonly lr: number;
  /** The last step actually applied, per coordinate: x_t - x_{t-1} (zeros before the first step). */
  readonly effectiveStep: number[];
  /** Momentum buffer (sgd, momentum-ema, rmsprop with momentum). */
  readonly velocity?: number[];
  /** Adam's first moment m_t (uncorrected). */
  readonly m?: number[];
  /** Adam's second moment v_t (uncorrected). */
  readonly v?: number[];
  /** Bias-corrected first moment m_t / (1 - beta1^t). */
  readonly mHat?: number[];
  /** Bias-corrected second moment used in the denominator (the AMSGrad max when amsgrad). */
  readonly vHat?: number[];
  /** AMSGrad's running maximum of v_t. */
  readonly vMax?: number[];
  /** Adagrad's sum of squared gradients. */
  readonly sumSq?: number[];
  /** RMSprop's running average of squared gradients. */
  readonly squareAvg?: number[];
  /** Centered RMSprop's running average of gradients. */
  readonly gradAvg?: number[];
  /** Adagrad's decayed learning rate lr / (1 + (t - 1) lrDecay) used at the last step. */
  readonly clr?: number;
}

/** A live optimizer. */
export interface Optimizer {
  readonly id: OptimizerId;
  /** The resolved, validated hyperparameters it was built with. */
  readonly params: Readonly<OptimizerParamsMap[OptimizerId]>;
  /**
   * The learning rate used by the next step. Schedules set it between steps,
   * as a torch lr_scheduler writes `param_group['lr']`. Throws when negative or
   * not finite.
   */
  lr: number;
  /** Steps taken so far. */
  readonly t: number;
  /** Update `x` in place from the gradient `g` at `x` (same length). */
  step(x: Vec, g: Vec): void;
  /** Forget all state (t = 0, buffers zeroed) and restore the constructed lr. */
  reset(): void;
  /** A copied snapshot of the internals. */
  state(): OptimizerState;
}

/** One control a widget can build for a hyperparameter. */
export type HyperparamSpec =
  | {
      readonly name: string;
      readonly kind: 'number';
      readonly default: number;
      /** Suggested slider range (validation is separate and looser). */
      readonly min: number;
      readonly max: number;
      /** Slider scale hint: 'log' for learning rates and epsilons. */
      readonly scale: 'linear' | 'log';
      /** The symbol in plain text (its TeX is `TEX[name]`, symbols.ts), e.g. `β₁`, for labels such as `(μ = 0.9)`. */
      readonly symbol: string;
      /** Decimals shown and kept in links (significant digits on a log scale). */
      readonly digits: number;
    }
  | {
      readonly name: string;
      readonly kind: 'boolean';
      readonly default: boolean;
    };

/** Registry entry: what it takes to build and check one optimizer (its name, rule and source as the book writes them: `RULES`, ./rules). */
export interface OptimizerInfo<K extends OptimizerId = OptimizerId> {
  readonly id: K;
  readonly defaults: Readonly<OptimizerParamsMap[K]>;
  /** Throws an Error naming the first invalid hyperparameter. */
  validate(p: OptimizerParamsMap[K]): void;
  /** Build from resolved, validated hyperparameters. */
  create(p: OptimizerParamsMap[K]): Optimizer;
}
