/**
 * Shared plumbing for the optimizer classes: learning-rate access with
 * validation, lazy allocation of state sized to the first `x`, the step
 * counter, and hyperparameter checks that throw errors naming the value.
 */
import type { Vec } from '../types';
import type { OptimizerId, OptimizerParamsMap, OptimizerState } from './types';

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

/** Throw unless 0 <= value <= 1 (dampening, RMSprop's alpha as torch allows). */
export function requireClosedUnit(id: string, name: string, value: number): void {
  if (!(Number.isFinite(value) && value >= 0 && value <= 1)) {
    throw new Error(`${id}: invalid ${name} = ${String(value)}; expected a number in [0, 1]`);
  }
}

/** A copy of a typed array as plain numbers. */
export const toPlain = (a: Float64Array): number[] => Array.from(a);

/**
 * Base class: subclasses implement `allocate(n)`, `clear()`, `update(x, g)` and
 * `snapshot()`; this class owns `t`, `lr`, `effectiveStep` and the shape checks.
 */
export abstract class BaseOptimizer<K extends OptimizerId> {
  readonly id: K;
  readonly params: Readonly<OptimizerParamsMap[K]>;
  /** Current learning rate; read directly by the subclasses' hot loops. */
  protected lrNow: number;
  /** Steps taken. */
  protected steps = 0;
  /** Length of the state vectors, 0 before the first step. */
  protected n = 0;
  /** Last applied step per coordinate. */
  protected eff: Float64Array = new Float64Array(0);

  constructor(id: K, params: OptimizerParamsMap[K]) {
    this.id = id;
    this.params = Object.freeze({ ...params }) as Readonly<OptimizerParamsMap[K]>;
    this.lrNow = params.lr;
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
    if (g.length !== n) {
      throw new Error(`${this.id}: gradient has length ${g.length} but x has length ${n}`);
    }
    this.steps++;
    this.update(x, g, n);
  }

  reset(): void {
    this.steps = 0;
    this.lrNow = this.params.lr;
    this.eff.fill(0);
    this.clear();
  }

  state(): OptimizerState {
    return { id: this.id, t: this.steps, lr: this.lrNow, effectiveStep: toPlain(this.eff), ...this.snapshot() };
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
      this.allocate(n);
    }
  }

  /** Allocate zeroed state vectors of length n. */
  protected abstract allocate(n: number): void;
  /** Zero the state vectors (reset). */
  protected abstract clear(): void;
  /** One update; `this.steps` has already been incremented to t. */
  protected abstract update(x: Vec, g: Vec, n: number): void;
  /** Optimizer-specific part of `state()`. */
  protected abstract snapshot(): Partial<OptimizerState>;
}
