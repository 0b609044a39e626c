/**
 * Adam, exactly as torch.optim.Adam (Kingma & Ba 2015, Algorithm 1; Reddi et
 * al. 2018 for AMSGrad; PyTorch docs, "Adam"):
 *
 *   g_t = grad + weightDecay * w_{t-1}          (L2, coupled into the gradient)
 *   m_t = beta1 * m_{t-1} + (1 - beta1) * g_t
 *   v_t = beta2 * v_{t-1} + (1 - beta2) * g_t^2
 *   amsgrad:  v_t^max = max(v_{t-1}^max, v_t), used in place of v_t below
 *   w_t = w_{t-1} - lr / (1 - beta1^t) * m_t / (sqrt(v_t) / sqrt(1 - beta2^t) + eps)
 *
 * The book's `biasCorrection: false` drops both 1 - beta^t factors. The moments
 * then start biased toward zero (m_1 = (1 - beta1) g_1, v_1 = (1 - beta2) g_1^2),
 * and the first step is (1 - beta1) / sqrt(1 - beta2) ~ 3.16 times lr per
 * coordinate with the default betas instead of lr: the chapter on Adam uses it
 * to show why the correction exists. AdamW (adamw.ts) shares this kernel with the decay
 * decoupled instead: w <- w (1 - lr weightDecay) before the Adam step
 * (Loshchilov & Hutter 2019).
 *
 *   const opt = makeOptimizer('adam', { lr: 0.05, betas: [0.9, 0.999] });
 */
import { KernelOptimizer, requireNonNegative, requireUnitInterval, toPlain, type OptimizerKernel } from './base';
import type { AdamParams, OptimizerInfo } from './types';

interface AdamState {
  m: Float64Array;
  v: Float64Array;
  vMax: Float64Array;
  bc1: number;
  bc2: number;
  /** beta1^t and beta2^t for the last step `t`, kept as running products (no pow per step). */
  pow1: number;
  pow2: number;
  t: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  readonly amsgrad: boolean;
  readonly biasCorrection: boolean;
  /** AdamW: decay the weights directly instead of adding weightDecay * w to the gradient. */
  readonly decoupled: boolean;
}

const kernel: OptimizerKernel<AdamState> = {
  step(s, x, g, eff, n, lr, t) {
    const b1 = s.beta1;
    const b2 = s.beta2;
    const c1 = 1 - b1;
    const c2 = 1 - b2;
    const eps = s.eps;
    // beta^t by one multiplication per step; recomputed if a step number is skipped.
    const sequential = t === s.t + 1;
    const pow1 = sequential ? s.pow1 * b1 : b1 ** t;
    const pow2 = sequential ? s.pow2 * b2 : b2 ** t;
    s.pow1 = pow1;
    s.pow2 = pow2;
    s.t = t;
    const bc1 = s.biasCorrection ? 1 - pow1 : 1;
    const bc2 = s.biasCorrection ? 1 - pow2 : 1;
    s.bc1 = bc1;
    s.bc2 = bc2;
    const negStep = -(lr / bc1);
    const bc2Sqrt = Math.sqrt(bc2);
    // Branch-free weight decay: with wdL2 = 0 and shrink = 1 these are exact
    // no-ops for finite x (g + 0 x = g, x * 1 = x), and the loop stays uniform.
    const wdL2 = s.decoupled ? 0 : s.weightDecay;
    const shrink = s.decoupled ? 1 - lr * s.weightDecay : 1;
    const m = s.m;
    const v = s.v;
    if (s.amsgrad) {
      const vMax = s.vMax;
      for (let i = 0; i < n; i++) {
        const x0 = x[i]!;
        const gi = g[i]! + wdL2 * x0;
        const mi = m[i]! * b1 + c1 * gi;
        const vi = v[i]! * b2 + c2 * gi * gi;
        m[i] = mi;
        v[i] = vi;
        const vm = Math.max(vMax[i]!, vi);
        vMax[i] = vm;
        const x1 = x0 * shrink + (negStep * mi) / (Math.sqrt(vm) / bc2Sqrt + eps);
        x[i] = x1;
        eff[i] = x1 - x0;
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const x0 = x[i]!;
      const gi = g[i]! + wdL2 * x0;
      const mi = m[i]! * b1 + c1 * gi;
      const vi = v[i]! * b2 + c2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      const x1 = x0 * shrink + (negStep * mi) / (Math.sqrt(vi) / bc2Sqrt + eps);
      x[i] = x1;
      eff[i] = x1 - x0;
    }
  },
  allocate(s, n) {
    s.m = new Float64Array(n);
    s.v = new Float64Array(n);
    s.vMax = new Float64Array(s.amsgrad ? n : 0);
  },
  clear(s) {
    s.m.fill(0);
    s.v.fill(0);
    s.vMax.fill(0);
    s.bc1 = 1;
    s.bc2 = 1;
    s.pow1 = 1;
    s.pow2 = 1;
    s.t = 0;
  },
  snapshot(s) {
    const vUsed = s.amsgrad ? s.vMax : s.v;
    return {
      m: toPlain(s.m),
      v: toPlain(s.v),
      mHat: Array.from(s.m, (mi) => mi / s.bc1),
      vHat: Array.from(vUsed, (vi) => vi / s.bc2),
      ...(s.amsgrad ? { vMax: toPlain(s.vMax) } : {}),
    };
  },
};

/** An Adam (or, with id 'adamw', AdamW) optimizer from resolved hyperparameters. */
export function createAdam<K extends 'adam' | 'adamw'>(id: K, p: AdamParams): KernelOptimizer<K, AdamState> {
  const state: AdamState = {
    m: new Float64Array(0),
    v: new Float64Array(0),
    vMax: new Float64Array(0),
    bc1: 1,
    bc2: 1,
    pow1: 1,
    pow2: 1,
    t: 0,
    beta1: p.betas[0],
    beta2: p.betas[1],
    eps: p.eps,
    weightDecay: p.weightDecay,
    amsgrad: p.amsgrad,
    biasCorrection: p.biasCorrection,
    decoupled: id === 'adamw',
  };
  return new KernelOptimizer(id, p, state, kernel);
}

/** Checks shared by Adam and AdamW (torch's messages, with our names). */
export function validateAdam(id: 'adam' | 'adamw', p: AdamParams): void {
  requireNonNegative(id, 'lr', p.lr);
  requireNonNegative(id, 'eps', p.eps);
  requireUnitInterval(id, 'beta1 (betas[0])', p.betas[0]);
  requireUnitInterval(id, 'beta2 (betas[1])', p.betas[1]);
  requireNonNegative(id, 'weightDecay', p.weightDecay);
}

export const adam: OptimizerInfo<'adam'> = {
  id: 'adam',
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, biasCorrection: true },
  validate: (p) => validateAdam('adam', p),
  create: (p) => createAdam('adam', p),
};
