/**
 * Stochastic gradient descent with momentum, exactly as torch.optim.SGD
 * (PyTorch docs, "SGD"; Sutskever et al. 2013 for the Nesterov form):
 *
 *   g_t = grad + weightDecay * w_{t-1}
 *   b_1 = g_1;  b_t = momentum * b_{t-1} + (1 - dampening) * g_t
 *   d_t = nesterov ? g_t + momentum * b_t : b_t      (d_t = g_t when momentum = 0)
 *   w_t = w_{t-1} - lr * d_t
 *
 * Note PyTorch's momentum is a plain sum, not an average: its velocity grows to
 * about g / (1 - momentum). The averaged form the book teaches first is
 * `momentum-ema`. Defaults follow torch >= 2.2 (lr = 1e-3; earlier versions had
 * no default lr).
 *
 *   const opt = makeOptimizer('sgd', { lr: 0.01, momentum: 0.9, nesterov: true });
 */
import { KernelOptimizer, requireClosedUnit, requireNonNegative, toPlain, type OptimizerKernel } from './base';
import type { OptimizerInfo, SgdParams } from './types';

interface SgdState {
  buf: Float64Array;
  readonly momentum: number;
  readonly dampening: number;
  readonly nesterov: boolean;
  readonly weightDecay: number;
}

/** Shared allocation, reset and snapshot for the three SGD kernels. */
const common: Omit<OptimizerKernel<SgdState>, 'step'> = {
  allocate(s, n) {
    s.buf = new Float64Array(n);
  },
  clear(s) {
    s.buf.fill(0);
  },
  snapshot: (s) => (s.momentum === 0 ? {} : { velocity: toPlain(s.buf) }),
};

/** momentum = 0: w <- w - lr (g + weightDecay w). */
const plainKernel: OptimizerKernel<SgdState> = {
  ...common,
  step(s, x, g, eff, n, lr) {
    const wd = s.weightDecay;
    for (let i = 0; i < n; i++) {
      const d = -lr * (wd !== 0 ? g[i]! + wd * x[i]! : g[i]!);
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
};

/** Heavy ball: b <- momentum b + (1 - dampening) g (b_1 = g_1), w <- w - lr b. */
const momentumKernel: OptimizerKernel<SgdState> = {
  ...common,
  step(s, x, g, eff, n, lr, t) {
    const wd = s.weightDecay;
    const mu = s.momentum;
    const keep = 1 - s.dampening;
    const buf = s.buf;
    const first = t === 1;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const b = first ? gi : buf[i]! * mu + keep * gi;
      buf[i] = b;
      const d = -lr * b;
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
};

/** Nesterov (dampening 0): b <- momentum b + g (b_1 = g_1), w <- w - lr (g + momentum b). */
const nesterovKernel: OptimizerKernel<SgdState> = {
  ...common,
  step(s, x, g, eff, n, lr, t) {
    const wd = s.weightDecay;
    const mu = s.momentum;
    const keep = 1 - s.dampening;
    const buf = s.buf;
    const first = t === 1;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const b = first ? gi : buf[i]! * mu + keep * gi;
      buf[i] = b;
      const d = -lr * (gi + mu * b);
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
};

export const sgd: OptimizerInfo<'sgd'> = {
  id: 'sgd',
  defaults: { lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
  validate(p: SgdParams) {
    requireNonNegative('sgd', 'lr', p.lr);
    requireNonNegative('sgd', 'momentum', p.momentum);
    requireClosedUnit('sgd', 'dampening', p.dampening);
    requireNonNegative('sgd', 'weightDecay', p.weightDecay);
    if (p.nesterov && (p.momentum <= 0 || p.dampening !== 0)) {
      throw new Error(
        `sgd: nesterov requires momentum > 0 and dampening = 0 (got momentum = ${p.momentum}, dampening = ${p.dampening}), as in torch.optim.SGD`,
      );
    }
  },
  create: (p) =>
    new KernelOptimizer(
      'sgd',
      p,
      { buf: new Float64Array(0), momentum: p.momentum, dampening: p.dampening, nesterov: p.nesterov, weightDecay: p.weightDecay },
      p.momentum === 0 ? plainKernel : p.nesterov ? nesterovKernel : momentumKernel,
    ),
};
