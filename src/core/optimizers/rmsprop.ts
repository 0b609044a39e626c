/**
 * RMSprop, exactly as torch.optim.RMSprop (Hinton, Coursera lecture 6e, 2012;
 * Graves 2013 for the centered form; PyTorch docs, "RMSprop"):
 *
 *   g_t = grad + weightDecay * w_{t-1}
 *   v_t = alpha * v_{t-1} + (1 - alpha) * g_t^2
 *   centered:  a_t = alpha * a_{t-1} + (1 - alpha) * g_t;  v~_t = v_t - a_t^2   (else v~_t = v_t)
 *   momentum > 0:  b_t = momentum * b_{t-1} + g_t / (sqrt(v~_t) + eps);  w_t = w_{t-1} - lr * b_t
 *   otherwise:     w_t = w_{t-1} - lr * g_t / (sqrt(v~_t) + eps)
 *
 * Note eps is added outside the square root, and there is no bias correction.
 *
 *   const opt = makeOptimizer('rmsprop', { lr: 0.01, alpha: 0.9 });
 */
import { KernelOptimizer, requireClosedUnit, requireNonNegative, toPlain, type OptimizerKernel } from './base';
import type { OptimizerInfo, RmspropParams } from './types';

interface RmspropState {
  sq: Float64Array;
  ga: Float64Array;
  buf: Float64Array;
  readonly alpha: number;
  readonly eps: number;
  readonly weightDecay: number;
  readonly momentum: number;
  readonly centered: boolean;
}

const kernel: OptimizerKernel<RmspropState> = {
  step(s, x, g, eff, n, lr) {
    const alpha = s.alpha;
    const oneMinus = 1 - alpha;
    const eps = s.eps;
    const wd = s.weightDecay;
    const mu = s.momentum;
    const centered = s.centered;
    const sq = s.sq;
    const ga = s.ga;
    const buf = s.buf;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const v = sq[i]! * alpha + oneMinus * gi * gi;
      sq[i] = v;
      let avg: number;
      if (centered) {
        const a = ga[i]! * alpha + oneMinus * gi;
        ga[i] = a;
        avg = Math.sqrt(v - a * a) + eps;
      } else {
        avg = Math.sqrt(v) + eps;
      }
      let d: number;
      if (mu > 0) {
        const b = buf[i]! * mu + gi / avg;
        buf[i] = b;
        d = -lr * b;
      } else {
        d = (-lr * gi) / avg;
      }
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  },
  allocate(s, n) {
    s.sq = new Float64Array(n);
    s.ga = new Float64Array(s.centered ? n : 0);
    s.buf = new Float64Array(s.momentum > 0 ? n : 0);
  },
  clear(s) {
    s.sq.fill(0);
    s.ga.fill(0);
    s.buf.fill(0);
  },
  snapshot: (s) => ({
    squareAvg: toPlain(s.sq),
    ...(s.centered ? { gradAvg: toPlain(s.ga) } : {}),
    ...(s.momentum > 0 ? { velocity: toPlain(s.buf) } : {}),
  }),
};

export const rmsprop: OptimizerInfo<'rmsprop'> = {
  id: 'rmsprop',
  defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false },
  validate(p: RmspropParams) {
    requireNonNegative('rmsprop', 'lr', p.lr);
    requireClosedUnit('rmsprop', 'alpha', p.alpha);
    requireNonNegative('rmsprop', 'eps', p.eps);
    requireNonNegative('rmsprop', 'weightDecay', p.weightDecay);
    requireNonNegative('rmsprop', 'momentum', p.momentum);
  },
  create: (p) =>
    new KernelOptimizer(
      'rmsprop',
      p,
      {
        sq: new Float64Array(0),
        ga: new Float64Array(0),
        buf: new Float64Array(0),
        alpha: p.alpha,
        eps: p.eps,
        weightDecay: p.weightDecay,
        momentum: p.momentum,
        centered: p.centered,
      },
      kernel,
    ),
};
