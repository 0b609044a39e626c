/**
 * Momentum as an exponential moving average of gradients, the form the book
 * teaches first (Goh, "Why Momentum Really Works", Distill 2017, uses the
 * unscaled sum; the averaged form is Ng's and fast.ai's):
 *
 *   v_0 = 0;  v_t = beta * v_{t-1} + (1 - beta) * g_t;  w_t = w_{t-1} - lr * v_t
 *
 * Relation to torch.optim.SGD(momentum = beta, dampening = 0): torch's buffer
 * is b_1 = g_1, b_t = beta b_{t-1} + g_t, so b_t = sum_k beta^(t-k) g_k while
 * v_t = (1 - beta) sum_k beta^(t-k) g_k = (1 - beta) b_t. Hence EMA momentum with
 * lr takes exactly the steps of PyTorch momentum with lr * (1 - beta), from the
 * first step on (the tests check it). With dampening = beta instead, torch's
 * buffer is the EMA except at the start: b_1 = g_1 rather than (1 - beta) g_1.
 *
 *   const opt = makeOptimizer('momentum-ema', { lr: 0.1, beta: 0.9 });
 */
import { KernelOptimizer, requireNonNegative, requireUnitInterval, toPlain, type OptimizerKernel } from './base';
import type { MomentumEmaParams, OptimizerInfo } from './types';

interface EmaState {
  v: Float64Array;
  readonly beta: number;
}

const kernel: OptimizerKernel<EmaState> = {
  step(s, x, g, eff, n, lr) {
    const beta = s.beta;
    const oneMinus = 1 - beta;
    const v = s.v;
    for (let i = 0; i < n; i++) {
      const vi = beta * v[i]! + oneMinus * g[i]!;
      v[i] = vi;
      const d = -lr * vi;
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
  allocate(s, n) {
    s.v = new Float64Array(n);
  },
  clear(s) {
    s.v.fill(0);
  },
  snapshot: (s) => ({ velocity: toPlain(s.v) }),
};

export const momentumEma: OptimizerInfo<'momentum-ema'> = {
  id: 'momentum-ema',
  defaults: { lr: 1e-2, beta: 0.9 },
  validate(p: MomentumEmaParams) {
    requireNonNegative('momentum-ema', 'lr', p.lr);
    requireUnitInterval('momentum-ema', 'beta', p.beta);
  },
  create: (p) => new KernelOptimizer('momentum-ema', p, { v: new Float64Array(0), beta: p.beta }, kernel),
};
