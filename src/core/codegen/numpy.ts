/**
 * A figure's state as a plain NumPy program, with nothing hidden: the
 * gradient is written out by hand (the surface's known closed form, or the
 * reader's formula differentiated symbolically, ./diff), and each optimizer's
 * update is written out as torch.optim computes it. Same CSV as the PyTorch
 * script, so the two can be compared line by line.
 *
 *   numpyScript(spec); // '# Downhill, Figure 5.6, ...\nimport numpy as np\n...'
 */
import type { Node } from '../expr/ast';
import type { AdamParams, AdagradParams, MomentumEmaParams, OptimizerId, RmspropParams, SgdParams } from '../optimizers/types';
import { checkSpec, coordNames, header, objectiveBody, pyBool, pyFloat, resolveRuns, settings, stopChecks, type ResolvedRun } from './common';
import { derivative, type DNode } from './diff';
import { pyExpr } from './python';
import { numpyLrAt } from './schedule-code';
import type { CodeSpec } from './types';

const CLASSES: { readonly [K in OptimizerId]: readonly string[] } = {
  gd: [
    'class GD:',
    '    """Plain gradient descent: w <- w - lr grad."""',
    '',
    '    def __init__(self, lr):',
    '        self.lr = lr',
    '',
    '    def step(self, w, g):',
    '        return w - self.lr * g',
  ],
  sgd: [
    'class SGD:',
    '    """torch.optim.SGD, written out."""',
    '',
    '    def __init__(self, lr, momentum, dampening, weight_decay, nesterov):',
    '        self.lr, self.momentum, self.dampening = lr, momentum, dampening',
    '        self.weight_decay, self.nesterov = weight_decay, nesterov',
    '        self.buf = None  # the momentum buffer, from the first step on',
    '',
    '    def step(self, w, g):',
    '        if self.weight_decay != 0:',
    '            g = g + self.weight_decay * w',
    '        if self.momentum != 0:',
    '            if self.buf is None:',
    '                self.buf = g',
    '            else:',
    '                self.buf = self.buf * self.momentum + (1 - self.dampening) * g',
    '            g = g + self.momentum * self.buf if self.nesterov else self.buf',
    '        return w - self.lr * g',
  ],
  'momentum-ema': [
    'class EmaMomentum:',
    '    """Momentum as a moving average of gradients: v <- beta v + (1 - beta) g; w <- w - lr v."""',
    '',
    '    def __init__(self, lr, beta):',
    '        self.lr, self.beta, self.v = lr, beta, 0.0',
    '',
    '    def step(self, w, g):',
    '        self.v = self.beta * self.v + (1 - self.beta) * g',
    '        return w - self.lr * self.v',
  ],
  adagrad: [
    'class Adagrad:',
    '    """torch.optim.Adagrad, written out."""',
    '',
    '    def __init__(self, lr, lr_decay, weight_decay, initial_accumulator_value, eps):',
    '        self.lr, self.lr_decay, self.weight_decay, self.eps = lr, lr_decay, weight_decay, eps',
    '        self.sum, self.t = initial_accumulator_value, 0  # running sum of squared gradients',
    '',
    '    def step(self, w, g):',
    '        self.t += 1',
    '        if self.weight_decay != 0:',
    '            g = g + self.weight_decay * w',
    '        clr = self.lr / (1 + (self.t - 1) * self.lr_decay)',
    '        self.sum = self.sum + g * g',
    '        return w - clr * g / (np.sqrt(self.sum) + self.eps)',
  ],
  rmsprop: [
    'class RMSprop:',
    '    """torch.optim.RMSprop, written out."""',
    '',
    '    def __init__(self, lr, alpha, eps, weight_decay, momentum, centered):',
    '        self.lr, self.alpha, self.eps, self.weight_decay = lr, alpha, eps, weight_decay',
    '        self.momentum, self.centered = momentum, centered',
    '        self.square_avg = self.grad_avg = self.buf = 0.0',
    '',
    '    def step(self, w, g):',
    '        if self.weight_decay != 0:',
    '            g = g + self.weight_decay * w',
    '        self.square_avg = self.square_avg * self.alpha + (1 - self.alpha) * g * g',
    '        if self.centered:  # subtract the squared mean: a running variance',
    '            self.grad_avg = self.grad_avg * self.alpha + (1 - self.alpha) * g',
    '            avg = np.sqrt(self.square_avg - self.grad_avg * self.grad_avg) + self.eps',
    '        else:',
    '            avg = np.sqrt(self.square_avg) + self.eps',
    '        if self.momentum > 0:',
    '            self.buf = self.buf * self.momentum + g / avg',
    '            return w - self.lr * self.buf',
    '        return w - self.lr * g / avg',
  ],
  adam: [
    'class Adam:',
    '    """torch.optim.Adam (decoupled=True: AdamW), written out; bias_correction=False drops the 1 - beta^t."""',
    '',
    '    def __init__(self, lr, betas, eps, weight_decay, amsgrad, decoupled=False, bias_correction=True):',
    '        self.lr, (self.beta1, self.beta2), self.eps = lr, betas, eps',
    '        self.weight_decay, self.amsgrad, self.decoupled = weight_decay, amsgrad, decoupled',
    '        self.bias_correction = bias_correction',
    '        self.m = self.v = self.v_max = 0.0',
    '        self.t = 0',
    '',
    '    def step(self, w, g):',
    '        self.t += 1',
    '        b1, b2 = self.beta1, self.beta2',
    '        if not self.decoupled:',
    '            g = g + self.weight_decay * w  # Adam: weight decay as an L2 term in the gradient',
    '        self.m = self.m * b1 + (1 - b1) * g',
    '        self.v = self.v * b2 + (1 - b2) * g * g',
    '        v = self.v',
    '        if self.amsgrad:',
    '            v = self.v_max = np.maximum(self.v_max, self.v)',
    '        bc1 = 1 - b1**self.t if self.bias_correction else 1.0',
    '        bc2 = 1 - b2**self.t if self.bias_correction else 1.0',
    '        shrink = 1 - self.lr * self.weight_decay if self.decoupled else 1.0  # AdamW: shrink w directly',
    '        return w * shrink - self.lr / bc1 * self.m / (np.sqrt(v) / np.sqrt(bc2) + self.eps)',
  ],
  adamw: [],
};

/** The constructor call of a run's optimizer. */
export function numpyOptimizer(r: Pick<ResolvedRun, 'optimizer' | 'params'>): string {
  const p = r.params;
  const f = (v: number): string => pyFloat(v, 'np');
  switch (r.optimizer) {
    case 'gd':
      return `GD(lr=${f(p.lr)})`;
    case 'sgd': {
      const s = p as SgdParams;
      return `SGD(lr=${f(s.lr)}, momentum=${f(s.momentum)}, dampening=${f(s.dampening)}, weight_decay=${f(s.weightDecay)}, nesterov=${pyBool(s.nesterov)})`;
    }
    case 'momentum-ema': {
      const s = p as MomentumEmaParams;
      return `EmaMomentum(lr=${f(s.lr)}, beta=${f(s.beta)})`;
    }
    case 'adagrad': {
      const s = p as AdagradParams;
      return `Adagrad(lr=${f(s.lr)}, lr_decay=${f(s.lrDecay)}, weight_decay=${f(s.weightDecay)}, initial_accumulator_value=${f(s.initialAccumulatorValue)}, eps=${f(s.eps)})`;
    }
    case 'rmsprop': {
      const s = p as RmspropParams;
      return `RMSprop(lr=${f(s.lr)}, alpha=${f(s.alpha)}, eps=${f(s.eps)}, weight_decay=${f(s.weightDecay)}, momentum=${f(s.momentum)}, centered=${pyBool(s.centered)})`;
    }
    case 'adam':
    case 'adamw': {
      const s = p as AdamParams;
      const extra = (r.optimizer === 'adamw' ? ', decoupled=True' : '') + (s.biasCorrection ? '' : ', bias_correction=False');
      return `Adam(lr=${f(s.lr)}, betas=(${f(s.betas[0])}, ${f(s.betas[1])}), eps=${f(s.eps)}, weight_decay=${f(s.weightDecay)}, amsgrad=${pyBool(s.amsgrad)}${extra})`;
    }
  }
}

/** The gradient's components as trees: the formula's known one, else derived from f. */
export function gradientTrees(spec: CodeSpec): readonly (DNode | Node)[] {
  const vars = coordNames(spec) as ('x' | 'y')[];
  return spec.formula.grad ?? vars.map((v) => derivative(spec.formula.f, v));
}

export function numpyScript(spec: CodeSpec): string {
  checkSpec(spec);
  const runs = resolveRuns(spec);
  const many = runs.length > 1;
  const stop = spec.stop ?? {};
  const cols = coordNames(spec);
  const grads = gradientTrees(spec);
  const known = spec.formula.grad !== undefined;
  // One lr function per distinct schedule.
  const keys = [...new Set(runs.map((r) => JSON.stringify(r.schedule ?? null)))];
  const lrName = (r: ResolvedRun): string => (keys.length === 1 ? 'lr_at' : `lr_at_${keys.indexOf(JSON.stringify(r.schedule ?? null)) + 1}`);
  const lines: string[] = [
    ...header(spec, runs, 'the figure as a plain NumPy program', 'NumPy (pip install numpy)'),
    'import numpy as np',
    '',
    'np.seterr(all="ignore")  # a diverging run makes inf and nan; the loop below stops on them',
    '',
    ...settings(spec, 'np'),
    '',
    '',
    'def f(w):',
    `    """The loss surface: ${spec.formula.label.replace(/[^\w ().,+-]/g, ' ').trim()}."""`,
    ...objectiveBody(spec, 'np', '    '),
    '',
    '',
    'def grad(w):',
    known ? '    """The gradient of f, in closed form."""' : '    """The gradient of f, differentiated by hand (the chain rule, term by term)."""',
    `    ${spec.formula.dim === 1 ? 'x = w[0]' : 'x, y = w'}`,
    `    return np.array([${grads.map((g) => pyExpr(g, 'np')).join(', ')}], dtype=float)`,
    '',
    '',
  ];
  for (const [i, key] of keys.entries()) {
    const s = JSON.parse(key) as ResolvedRun['schedule'] | null;
    lines.push(...numpyLrAt(s ?? undefined, keys.length === 1 ? 'lr_at' : `lr_at_${i + 1}`), '', '');
  }
  const used = new Set(runs.map((r) => (r.optimizer === 'adamw' ? 'adam' : r.optimizer)));
  for (const id of ['gd', 'sgd', 'momentum-ema', 'adagrad', 'rmsprop', 'adam'] as const) if (used.has(id)) lines.push(...CLASSES[id], '', '');
  const args = many ? 'name, w, opt, lr_at' : 'w, opt, lr_at';
  const row = many ? 'name, step, lr, *w.tolist(), loss, grad_norm' : 'step, lr, *w.tolist(), loss, grad_norm';
  const who = many ? '{name}: ' : '';
  lines.push(
    `def descend(${args}):`,
    '    """Take up to STEPS steps from w, printing each point as a CSV row."""',
    '    base = opt.lr',
    ...(stop.lossChange !== undefined ? ['    prev_loss = np.nan'] : []),
    ...(stop.patience !== undefined ? ['    best, waited = np.inf, 0'] : []),
    ...(stop.stepSize !== undefined ? ['    prev = w'] : []),
    '    for step in range(STEPS + 1):',
    '        loss, g = float(f(w)), grad(w)',
    '        grad_norm = float(np.sqrt(np.sum(g * g)))',
    '        if not (np.isfinite(loss) and np.isfinite(grad_norm)):',
    `            print(f"# ${who}stopped at step {step}: the loss or its gradient is not finite")`,
    '            break',
    '        lr = opt.lr = lr_at(base, step)  # the learning rate of the next step',
    `        print(${row}, sep=",")`,
    '        if step == STEPS:',
    '            break',
    ...stopChecks(spec, '        ', 'float(np.sqrt(np.sum((w - prev) ** 2)))'),
    ...(stop.lossChange !== undefined ? ['        prev_loss = loss'] : []),
    ...(stop.stepSize !== undefined ? ['        prev = w'] : []),
    '        w = opt.step(w, g)',
    '        if not np.all(np.isfinite(w)) or np.max(np.abs(w)) > BOUND:',
    `            print(f"# ${who}diverged at step {step + 1}")`,
    '            break',
    '',
    '',
  );
  if (runs.some((r) => r.coordinate)) {
    lines.push(
      `def coordinate_descent(${many ? 'name, ' : ''}w, lr, steps):`,
      '    """Cyclic coordinate descent: step k moves coordinate i = k mod n alone,',
      '    w_i <- w_i - lr df/dw_i, at the point where the others have already moved.',
      '    grad_norm is the length of the part of the gradient the step uses, |df/dw_i|."""',
      '    for step in range(steps + 1):',
      '        i = step % len(w)  # the coordinate this step moves',
      '        g = np.zeros_like(w)',
      '        g[i] = grad(w)[i]',
      '        loss, grad_norm = float(f(w)), float(np.sqrt(np.sum(g * g)))',
      '        if not (np.isfinite(loss) and np.isfinite(grad_norm)):',
      `            print(f"# ${who}stopped at step {step}: the loss or its gradient is not finite")`,
      '            break',
      `        print(${many ? 'name, ' : ''}step, lr, *w.tolist(), loss, grad_norm, sep=",")`,
      '        if step == steps:',
      '            break',
      ...stopChecks(spec, '        ', 'float(np.sqrt(np.sum((w - prev) ** 2)))'),
      '        w = w - lr * g',
      '        if not np.all(np.isfinite(w)) or np.max(np.abs(w)) > BOUND:',
      `            print(f"# ${who}diverged at step {step + 1}")`,
      '            break',
      '',
      '',
    );
  }
  lines.push(`print("${many ? 'optimizer,' : ''}step,lr,${cols.join(',')},loss,grad_norm")`);
  const start = `np.array([${spec.start.map((v) => pyFloat(v, 'np')).join(', ')}])`;
  for (const r of runs) {
    if (r.coordinate) {
      lines.push('', `# ${r.label}`, `coordinate_descent(${many ? `"${r.id}", ` : ''}${start}, ${pyFloat(r.params.lr, 'np')}, ${spec.runs[runs.indexOf(r)]?.steps ?? spec.steps})`);
      continue;
    }
    lines.push('', `# ${r.label}`, `descend(${many ? `"${r.id}", ` : ''}${start}, ${numpyOptimizer(r)}, ${lrName(r)})`);
  }
  return lines.join('\n') + '\n';
}
