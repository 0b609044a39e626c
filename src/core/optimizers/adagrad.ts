/**
 * Adagrad, exactly as torch.optim.Adagrad (Duchi, Hazan & Singer 2011; PyTorch
 * docs, "Adagrad"):
 *
 *   g_t   = grad + weightDecay * w_{t-1}
 *   clr_t = lr / (1 + (t - 1) * lrDecay)
 *   s_t   = s_{t-1} + g_t^2                      (s_0 = initialAccumulatorValue)
 *   w_t   = w_{t-1} - clr_t * g_t / (sqrt(s_t) + eps)
 *
 *   const opt = makeOptimizer('adagrad', { lr: 0.5 });
 */
import { KernelOptimizer, requireNonNegative, toPlain, type OptimizerKernel } from './base';
import type { AdagradParams, OptimizerInfo } from './types';

interface AdagradState {
  sum: Float64Array;
  clr: number;
  readonly lrDecay: number;
  readonly weightDecay: number;
  readonly init: number;
  readonly eps: number;
}

const kernel: OptimizerKernel<AdagradState> = {
  step(s, x, g, eff, n, lr, t) {
    const wd = s.weightDecay;
    const eps = s.eps;
    const clr = lr / (1 + (t - 1) * s.lrDecay);
    s.clr = clr;
    const sum = s.sum;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const acc = sum[i]! + gi * gi;
      sum[i] = acc;
      const d = (-clr * gi) / (Math.sqrt(acc) + eps);
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
  allocate(s, n) {
    s.sum = new Float64Array(n).fill(s.init);
  },
  clear(s) {
    s.sum.fill(s.init);
    s.clr = 0;
  },
  snapshot: (s) => ({ sumSq: toPlain(s.sum), clr: s.clr }),
};

export const adagrad: OptimizerInfo<'adagrad'> = {
  id: 'adagrad',
  defaults: { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 },
  validate(p: AdagradParams) {
    requireNonNegative('adagrad', 'lr', p.lr);
    requireNonNegative('adagrad', 'lrDecay', p.lrDecay);
    requireNonNegative('adagrad', 'weightDecay', p.weightDecay);
    requireNonNegative('adagrad', 'initialAccumulatorValue', p.initialAccumulatorValue);
    requireNonNegative('adagrad', 'eps', p.eps);
  },
  create: (p) =>
    new KernelOptimizer(
      'adagrad',
      p,
      { sum: new Float64Array(0), clr: 0, lrDecay: p.lrDecay, weightDecay: p.weightDecay, init: p.initialAccumulatorValue, eps: p.eps },
      kernel,
    ),
};
