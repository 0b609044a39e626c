/**
 * Plain gradient descent, the book's first update rule:
 *
 *   w_t = w_{t-1} - lr * g_t
 *
 * Identical to torch.optim.SGD with momentum = 0 and weight_decay = 0 (Cauchy,
 * 1847; PyTorch docs, torch.optim.SGD).
 *
 *   const opt = makeOptimizer('gd', { lr: 0.1 }); opt.step(x, g);
 */
import { KernelOptimizer, requireNonNegative, type OptimizerKernel } from './base';
import type { GdParams, OptimizerInfo } from './types';

const kernel: OptimizerKernel<null> = {
  step(_s, x, g, eff, n, lr) {
    for (let i = 0; i < n; i++) {
      const d = -lr * g[i]!;
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
  allocate() {},
  clear() {},
  snapshot: () => ({}),
};

export const gd: OptimizerInfo<'gd'> = {
  id: 'gd',
  defaults: { lr: 1e-3 },
  validate(p: GdParams) {
    requireNonNegative('gd', 'lr', p.lr);
  },
  create: (p) => new KernelOptimizer('gd', p, null, kernel),
};
