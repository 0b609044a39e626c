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
import type { Vec } from '../types';
import { BaseOptimizer, requireNonNegative, toPlain } from './base';
import type { AdagradParams, OptimizerInfo, OptimizerState } from './types';

class Adagrad extends BaseOptimizer<'adagrad'> {
  private sum = new Float64Array(0);
  private clr = 0;
  private readonly lrDecay: number;
  private readonly weightDecay: number;
  private readonly init: number;
  private readonly eps: number;

  constructor(p: AdagradParams) {
    super('adagrad', p);
    this.lrDecay = p.lrDecay;
    this.weightDecay = p.weightDecay;
    this.init = p.initialAccumulatorValue;
    this.eps = p.eps;
  }

  protected allocate(n: number): void {
    this.sum = new Float64Array(n).fill(this.init);
  }

  protected clear(): void {
    this.sum.fill(this.init);
    this.clr = 0;
  }

  protected update(x: Vec, g: Vec, n: number): void {
    const wd = this.weightDecay;
    const eps = this.eps;
    const clr = this.lrNow / (1 + (this.steps - 1) * this.lrDecay);
    this.clr = clr;
    const sum = this.sum;
    const eff = this.eff;
    for (let i = 0; i < n; i++) {
      const gi = wd !== 0 ? g[i]! + wd * x[i]! : g[i]!;
      const s = sum[i]! + gi * gi;
      sum[i] = s;
      const d = (-clr * gi) / (Math.sqrt(s) + eps);
      x[i] = x[i]! + d;
      eff[i] = d;
    }
  }

  protected snapshot(): Partial<OptimizerState> {
    return { sumSq: toPlain(this.sum), clr: this.clr };
  }
}

export const adagrad: OptimizerInfo<'adagrad'> = {
  id: 'adagrad',
  label: 'Adagrad',
  tex: String.raw`\begin{aligned} g_t &\leftarrow \nabla f(w_{t-1}) + \lambda\, w_{t-1} \\ \tilde\eta_t &\leftarrow \eta / \bigl(1 + (t-1)\,\gamma\bigr) \\ s_t &\leftarrow s_{t-1} + g_t^2 \\ w_t &\leftarrow w_{t-1} - \tilde\eta_t\, \frac{g_t}{\sqrt{s_t} + \epsilon} \end{aligned}`,
  source: 'Duchi, Hazan & Singer (2011); PyTorch docs, torch.optim.Adagrad',
  defaults: { lr: 1e-2, lrDecay: 0, weightDecay: 0, initialAccumulatorValue: 0, eps: 1e-10 },
  hyperparams: [
    { name: 'lr', kind: 'number', tex: String.raw`\eta`, label: 'learning rate', default: 1e-2, min: 1e-5, max: 10, scale: 'log' },
    { name: 'lrDecay', kind: 'number', tex: String.raw`\gamma`, label: 'learning-rate decay', default: 0, min: 0, max: 1, scale: 'linear' },
    { name: 'weightDecay', kind: 'number', tex: String.raw`\lambda`, label: 'weight decay (L2)', default: 0, min: 0, max: 1, scale: 'linear' },
    { name: 'initialAccumulatorValue', kind: 'number', tex: String.raw`s_0`, label: 'initial accumulator', default: 0, min: 0, max: 10, scale: 'linear' },
    { name: 'eps', kind: 'number', tex: String.raw`\epsilon`, label: 'epsilon', default: 1e-10, min: 1e-12, max: 1, scale: 'log' },
  ],
  validate(p: AdagradParams) {
    requireNonNegative('adagrad', 'lr', p.lr);
    requireNonNegative('adagrad', 'lrDecay', p.lrDecay);
    requireNonNegative('adagrad', 'weightDecay', p.weightDecay);
    requireNonNegative('adagrad', 'initialAccumulatorValue', p.initialAccumulatorValue);
    requireNonNegative('adagrad', 'eps', p.eps);
  },
  create: (p) => new Adagrad(p),
};
