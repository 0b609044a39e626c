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
import type { Vec } from '../types';
import { BaseOptimizer, requireClosedUnit, requireNonNegative, toPlain } from './base';
import type { OptimizerInfo, OptimizerState, RmspropParams } from './types';

class Rmsprop extends BaseOptimizer<'rmsprop'> {
  private sq = new Float64Array(0);
  private ga = new Float64Array(0);
  private buf = new Float64Array(0);
  private readonly alpha: number;
  private readonly eps: number;
  private readonly weightDecay: number;
  private readonly momentum: number;
  private readonly centered: boolean;

  constructor(p: RmspropParams) {
    super('rmsprop', p);
    this.alpha = p.alpha;
    this.eps = p.eps;
    this.weightDecay = p.weightDecay;
    this.momentum = p.momentum;
    this.centered = p.centered;
  }

  protected allocate(n: number): void {
    this.sq = new Float64Array(n);
    this.ga = new Float64Array(this.centered ? n : 0);
    this.buf = new Float64Array(this.momentum > 0 ? n : 0);
  }

  protected clear(): void {
    this.sq.fill(0);
    this.ga.fill(0);
    this.buf.fill(0);
  }

  protected update(x: Vec, g: Vec, n: number): void {
    const lr = this.lrNow;
    const alpha = this.alpha;
    const oneMinus = 1 - alpha;
    const eps = this.eps;
    const wd = this.weightDecay;
    const mu = this.momentum;
    const centered = this.centered;
    const sq = this.sq;
    const ga = this.ga;
    const buf = this.buf;
    const eff = this.eff;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const s = sq[i]! * alpha + oneMinus * gi * gi;
      sq[i] = s;
      let avg: number;
      if (centered) {
        const a = ga[i]! * alpha + oneMinus * gi;
        ga[i] = a;
        avg = Math.sqrt(s - a * a) + eps;
      } else {
        avg = Math.sqrt(s) + eps;
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
  }

  protected snapshot(): Partial<OptimizerState> {
    return {
      squareAvg: toPlain(this.sq),
      ...(this.centered ? { gradAvg: toPlain(this.ga) } : {}),
      ...(this.momentum > 0 ? { velocity: toPlain(this.buf) } : {}),
    };
  }
}

export const rmsprop: OptimizerInfo<'rmsprop'> = {
  id: 'rmsprop',
  label: 'RMSprop',
  tex: String.raw`\begin{aligned} g_t &\leftarrow \nabla f(w_{t-1}) + \lambda\, w_{t-1} \\ v_t &\leftarrow \alpha\, v_{t-1} + (1-\alpha)\, g_t^2 \\ \tilde v_t &\leftarrow v_t - a_t^2,\ \ a_t \leftarrow \alpha\, a_{t-1} + (1-\alpha)\, g_t \quad \text{(centered; else } \tilde v_t = v_t) \\ b_t &\leftarrow \mu\, b_{t-1} + \frac{g_t}{\sqrt{\tilde v_t} + \epsilon} \\ w_t &\leftarrow w_{t-1} - \eta\, b_t \end{aligned}`,
  source: 'Hinton (2012), Coursera lecture 6e; Graves (2013); PyTorch docs, torch.optim.RMSprop',
  defaults: { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false },
  hyperparams: [
    { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-2, min: 1e-5, max: 10, scale: 'log' },
    { name: 'alpha', kind: 'number', tex: String.raw`\alpha`, label: 'smoothing constant', default: 0.99, min: 0, max: 0.999, scale: 'linear' },
    { name: 'eps', kind: 'number', tex: String.raw`\epsilon`, label: 'epsilon', default: 1e-8, min: 1e-12, max: 1, scale: 'log' },
    { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear' },
    { name: 'momentum', kind: 'number', tex: String.raw`\mu`, label: 'momentum', default: 0, min: 0, max: 0.99, scale: 'linear' },
    { name: 'centered', kind: 'boolean', tex: String.raw`\text{centered}`, label: 'centered', default: false },
  ],
  validate(p: RmspropParams) {
    requireNonNegative('rmsprop', 'lr', p.lr);
    requireClosedUnit('rmsprop', 'alpha', p.alpha);
    requireNonNegative('rmsprop', 'eps', p.eps);
    requireNonNegative('rmsprop', 'weightDecay', p.weightDecay);
    requireNonNegative('rmsprop', 'momentum', p.momentum);
  },
  create: (p) => new Rmsprop(p),
};
