/**
 * Shared plumbing for the optimizers: hyperparameter checks that throw errors
 * naming the value, and `KernelOptimizer`, the one class every optimizer
 * instance is. Each optimizer file supplies only a kernel (its update loop and
 * its state vectors).
 *
 * Why one class and kernels rather than a class per optimizer: runners and
 * widgets call `opt.step` from one call site for every optimizer. With a class
 * per optimizer that site sees many hidden classes and goes megamorphic, which
 * on a 2-D surface costs as much as the update itself; with one class the
 * property lookup stays monomorphic and only the kernel call is indirect.
 */
import type { Vec } from '../types';
import type { Optimizer, OptimizerId, OptimizerParamsMap, OptimizerState } from './types';

/** Throw unless `value` is a finite number >= 0. */
export function requireNonNegative(id: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new Error(`${id}: invalid ${name} = ${String(value)}; expected a finite number >= 0`);
  }
}

/** Throw unless 0 <= value < 1 (momentum coefficients, betas). */
export function requireUnitInterval(id: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value < 1)) {
    throw new Error(`${id}: invalid ${name} = ${String(value)}; expected a number in [0, 1)`);
  }
}

/** Throw unless 0 <= value <= 1 (dampening, RMSprop's alpha). */
export function requireClosedUnit(id: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw new Error(`${id}: invalid ${name} = ${String(value)}; expected a number in [0, 1]`);
  }
}

/** A copy of a typed array as plain numbers. */
export const toPlain = (a: Float64Array): number[] => Array.from(a);

/**
 * An optimizer's update rule and state. `S` is a plain object holding the
 * hyperparameters and state vectors; the kernel functions are the only code
 * that reads it.
 */
export interface OptimizerKernel<S> {
  /**
   * One update of `x` in place, for step number `t` (1-based) with learning
   * rate `lr`. Writes the applied change of each coordinate into `eff`.
   */
  step(s: S, x: Vec, g: Vec, eff: Vec, n: number, lr: number, t: number): void;
  /** Allocate zeroed (or initial) state vectors of length n. */
  allocate(s: S, n: number): void;
  /** Reset the state vectors in place. */
  clear(s: S): void;
  /** Optimizer-specific part of `state()`, copied. */
  snapshot(s: S): Partial<OptimizerState>;
}

type StepFn<S> = OptimizerKernel<S>['step'];

/** The optimizer object behind every id: t, lr, shape checks and effectiveStep around a kernel. */
export class KernelOptimizer<K extends OptimizerId, S> implements Optimizer {
  readonly id: K;
  readonly params: Readonly<OptimizerParamsMap[K]>;
  private lrNow: number;
  private steps = 0;
  /** Length of the state vectors, 0 before the first step. */
  private n = 0;
  private eff: Float64Array = new Float64Array(0);
  private readonly s: S;
  private readonly kstep: StepFn<S>;
  private readonly kernel: OptimizerKernel<S>;

  constructor(id: K, params: OptimizerParamsMap[K], state: S, kernel: OptimizerKernel<S>) {
    this.id = id;
    this.params = Object.freeze({ ...params }) as Readonly<OptimizerParamsMap[K]>;
    this.lrNow = params.lr;
    this.s = state;
    this.kstep = kernel.step;
    this.kernel = kernel;
  }

  get lr(): number {
    return this.lrNow;
  }

  set lr(value: number) {
    requireNonNegative(this.id, 'lr', value);
    this.lrNow = value;
  }

  get t(): number {
    return this.steps;
  }

  step(x: Vec, g: Vec): void {
    const n = x.length;
    if (n !== this.n) this.resize(n);
    if (g.length !== n) throw new Error(`${this.id}: gradient has length ${g.length} but x has length ${n}`);
    this.kstep(this.s, x, g, this.eff, n, this.lrNow, ++this.steps);
  }

  reset(): void {
    this.steps = 0;
    this.lrNow = this.params.lr;
    this.eff.fill(0);
    this.kernel.clear(this.s);
  }

  state(): OptimizerState {
    return { id: this.id, t: this.steps, lr: this.lrNow, effectiveStep: toPlain(this.eff), ...this.kernel.snapshot(this.s) };
  }

  private resize(n: number): void {
    if (this.steps !== 0) {
      throw new Error(
        `${this.id}: x has length ${n} but the optimizer state has length ${this.n}; call reset() before changing dimension`,
      );
    }
    this.n = n;
    if (this.eff.length !== n) {
      this.eff = new Float64Array(n);
      this.kernel.allocate(this.s, n);
    }
  }
}
