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
import type { Vec } from '../types';
import { BaseOptimizer, requireClosedUnit, requireNonNegative, toPlain } from './base';
import type { OptimizerInfo, OptimizerState, SgdParams } from './types';

class Sgd extends BaseOptimizer<'sgd'> {
  private buf = new Float64Array(0);
  private readonly momentum: number;
  private readonly dampening: number;
  private readonly nesterov: boolean;
  private readonly weightDecay: number;

  constructor(p: SgdParams) {
    super('sgd', p);
    this.momentum = p.momentum;
    this.dampening = p.dampening;
    this.nesterov = p.nesterov;
    this.weightDecay = p.weightDecay;
  }

  protected allocate(n: number): void {
    this.buf = new Float64Array(n);
  }

  protected clear(): void {
    this.buf.fill(0);
  }

  protected update(x: Vec, g: Vec, n: number): void {
    const lr = this.lrNow;
    const wd = this.weightDecay;
    const mu = this.momentum;
    const eff = this.eff;
    if (mu === 0) {
      for (let i = 0; i < n; i++) {
        const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
        const d = -lr * gi;
        x[i] = x[i]! + d;
        eff[i] = d;
      }
      return;
    }
    const buf = this.buf;
    const first = this.steps === 1;
    const keep = 1 - this.dampening;
    const nesterov = this.nesterov;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const b = first ? gi : buf[i]! * mu + keep * gi;
      buf[i] = b;
      const d = -lr * (nesterov ? gi + mu * b : b);
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  }

  protected snapshot(): Partial<OptimizerState> {
    return this.momentum === 0 ? {} : { velocity: toPlain(this.buf) };
  }
}

export const sgd: OptimizerInfo<'sgd'> = {
  id: 'sgd',
  label: 'SGD (PyTorch)',
  tex: String.raw`\begin{aligned} g_t &\leftarrow \nabla f(w_{t-1}) + \lambda\, w_{t-1} \\ b_t &\leftarrow \mu\, b_{t-1} + (1-\tau)\, g_t \quad (b_1 = g_1) \\ w_t &\leftarrow w_{t-1} - \eta\, b_t \quad \text{(Nesterov: } g_t + \mu\, b_t \text{ in place of } b_t) \end{aligned}`,
  source: 'PyTorch docs, torch.optim.SGD; Sutskever et al. (2013) for Nesterov',
  defaults: { lr: 1e-3, momentum: 0, dampening: 0, nesterov: false, weightDecay: 0 },
  hyperparams: [
    { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-3, min: 1e-5, max: 10, scale: 'log' },
    { name: 'momentum', kind: 'number', tex: String.raw`\mu`, label: 'momentum', default: 0, min: 0, max: 0.99, scale: 'linear' },
    { name: 'dampening', kind: 'number', tex: String.raw`\tau`, label: 'dampening', default: 0, min: 0, max: 1, scale: 'linear' },
    { name: 'nesterov', kind: 'boolean', tex: String.raw`\text{Nesterov}`, label: 'Nesterov momentum', default: false },
    { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear' },
  ],
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
  create: (p) => new Sgd(p),
};
