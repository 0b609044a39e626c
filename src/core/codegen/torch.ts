/**
 * A figure's state as a PyTorch program: the objective in torch ops (autograd
 * takes its gradient), `torch.optim.<X>` with every hyperparameter written
 * out, the `torch.optim.lr_scheduler` in use, and the loop that records the
 * path and prints it as CSV (step, lr, coordinates, loss, gradient norm).
 * Where torch.optim has no class for an update the book uses (the textbook
 * moving-average momentum, Adam without bias correction) the script defines
 * one, an Optimizer subclass with the update written in tensor ops, and says so.
 *
 *   pytorchScript(spec); // '# Downhill, Figure 5.6, ...\nimport math\nimport torch\n...'
 */
import type { AdamParams, AdagradParams, MomentumEmaParams, RmspropParams, SgdParams } from '../optimizers/types';
import { checkSpec, coordNames, header, objectiveBody, pyBool, pyFloat, resolveRuns, settings, stopChecks, type ResolvedRun } from './common';
import { torchScheduler } from './schedule-code';
import type { CodeSpec } from './types';

const EMA_CLASS = [
  'class EmaMomentum(torch.optim.Optimizer):',
  '    """Momentum as a moving average of gradients, the form the book teaches first.',
  '    torch.optim has no class for it (SGD\'s momentum is a plain sum), so the update',
  '    is written out here:  v <- beta v + (1 - beta) grad;  w <- w - lr v."""',
  '',
  '    def __init__(self, params, lr, beta):',
  '        super().__init__(params, dict(lr=lr, beta=beta))',
  '',
  '    @torch.no_grad()',
  '    def step(self):',
  '        for group in self.param_groups:',
  '            for p in group["params"]:',
  '                state = self.state[p]',
  '                if "v" not in state:',
  '                    state["v"] = torch.zeros_like(p)',
  '                v = state["v"]',
  '                v.mul_(group["beta"]).add_(p.grad, alpha=1 - group["beta"])',
  '                p.add_(v, alpha=-group["lr"])',
];

const ADAM_RAW_CLASS = [
  'class AdamWithoutBiasCorrection(torch.optim.Optimizer):',
  '    """Adam (decoupled=True: AdamW) without the bias corrections 1 - beta^t.',
  '    torch.optim.Adam always applies them, so the update is written out here:',
  '    m <- beta1 m + (1 - beta1) g;  v <- beta2 v + (1 - beta2) g^2;  w <- w - lr m / (sqrt(v) + eps)."""',
  '',
  '    def __init__(self, params, lr, betas, eps, weight_decay, amsgrad, decoupled):',
  '        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad, decoupled=decoupled))',
  '',
  '    @torch.no_grad()',
  '    def step(self):',
  '        for group in self.param_groups:',
  '            lr, (beta1, beta2), wd = group["lr"], group["betas"], group["weight_decay"]',
  '            for p in group["params"]:',
  '                g = p.grad',
  '                if group["decoupled"]:',
  '                    p.mul_(1 - lr * wd)  # AdamW: shrink the weights directly',
  '                else:',
  '                    g = g.add(p, alpha=wd)  # Adam: weight decay as an L2 term in the gradient',
  '                state = self.state[p]',
  '                if not state:',
  '                    state.update(m=torch.zeros_like(p), v=torch.zeros_like(p), v_max=torch.zeros_like(p))',
  '                m, v = state["m"], state["v"]',
  '                m.mul_(beta1).add_(g, alpha=1 - beta1)',
  '                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)',
  '                if group["amsgrad"]:',
  '                    v = torch.maximum(state["v_max"], v, out=state["v_max"])',
  '                p.addcdiv_(m, v.sqrt().add_(group["eps"]), value=-lr)',
];

/** The constructor call of a run's optimizer on the parameter list `[w]`. */
export function torchOptimizer(r: Pick<ResolvedRun, 'optimizer' | 'params'>): string {
  const p = r.params;
  switch (r.optimizer) {
    case 'gd':
      return `torch.optim.SGD([w], lr=${pyFloat(p.lr)})`;
    case 'sgd': {
      const s = p as SgdParams;
      return `torch.optim.SGD([w], lr=${pyFloat(s.lr)}, momentum=${pyFloat(s.momentum)}, dampening=${pyFloat(s.dampening)}, weight_decay=${pyFloat(s.weightDecay)}, nesterov=${pyBool(s.nesterov)})`;
    }
    case 'momentum-ema': {
      const s = p as MomentumEmaParams;
      return `EmaMomentum([w], lr=${pyFloat(s.lr)}, beta=${pyFloat(s.beta)})`;
    }
    case 'adagrad': {
      const s = p as AdagradParams;
      return `torch.optim.Adagrad([w], lr=${pyFloat(s.lr)}, lr_decay=${pyFloat(s.lrDecay)}, weight_decay=${pyFloat(s.weightDecay)}, initial_accumulator_value=${pyFloat(s.initialAccumulatorValue)}, eps=${pyFloat(s.eps)})`;
    }
    case 'rmsprop': {
      const s = p as RmspropParams;
      return `torch.optim.RMSprop([w], lr=${pyFloat(s.lr)}, alpha=${pyFloat(s.alpha)}, eps=${pyFloat(s.eps)}, weight_decay=${pyFloat(s.weightDecay)}, momentum=${pyFloat(s.momentum)}, centered=${pyBool(s.centered)})`;
    }
    case 'adam':
    case 'adamw': {
      const s = p as AdamParams;
      const common = `lr=${pyFloat(s.lr)}, betas=(${pyFloat(s.betas[0])}, ${pyFloat(s.betas[1])}), eps=${pyFloat(s.eps)}, weight_decay=${pyFloat(s.weightDecay)}, amsgrad=${pyBool(s.amsgrad)}`;
      if (!s.biasCorrection) return `AdamWithoutBiasCorrection([w], ${common}, decoupled=${pyBool(r.optimizer === 'adamw')})`;
      return `torch.optim.${r.optimizer === 'adam' ? 'Adam' : 'AdamW'}([w], ${common})`;
    }
  }
}

const needsEma = (runs: readonly ResolvedRun[]): boolean => runs.some((r) => r.optimizer === 'momentum-ema');
const needsRawAdam = (runs: readonly ResolvedRun[]): boolean => runs.some((r) => (r.optimizer === 'adam' || r.optimizer === 'adamw') && !(r.params as AdamParams).biasCorrection);

/** The whole script. */
export function pytorchScript(spec: CodeSpec): string {
  checkSpec(spec);
  const runs = resolveRuns(spec);
  const many = runs.length > 1;
  const stop = spec.stop ?? {};
  const cols = coordNames(spec);
  const lines: string[] = [
    ...header(spec, runs, 'the figure as a PyTorch program', 'PyTorch (pip install torch)'),
    'import math',
    '',
    'import torch',
    '',
    'torch.set_default_dtype(torch.float64)  # the book computes in float64',
    '',
    ...settings(spec, 'torch'),
    '',
    '',
    'def f(w):',
    `    """The loss surface: ${spec.formula.label.replace(/[^\w ().,+-]/g, ' ').trim()}."""`,
    ...objectiveBody(spec, 'torch', '    '),
    '',
    '',
  ];
  if (needsEma(runs)) lines.push(...EMA_CLASS, '', '');
  if (needsRawAdam(runs)) lines.push(...ADAM_RAW_CLASS, '', '');
  const args = many ? 'name, w, opt, sched=None' : 'w, opt, sched=None';
  const row = many ? 'name, step, lr, *w.tolist(), loss, grad_norm' : 'step, lr, *w.tolist(), loss, grad_norm';
  const who = many ? '{name}: ' : '';
  lines.push(
    `def descend(${args}):`,
    '    """Take up to STEPS steps from w, printing each point as a CSV row."""',
    ...(stop.lossChange !== undefined ? ['    prev_loss = math.nan'] : []),
    ...(stop.patience !== undefined ? ['    best, waited = math.inf, 0'] : []),
    ...(stop.stepSize !== undefined ? ['    prev = w.detach().clone()'] : []),
    '    for step in range(STEPS + 1):',
    '        opt.zero_grad()',
    '        loss = f(w)',
    '        loss.backward()  # autograd writes the gradient into w.grad',
    '        loss, grad_norm = loss.item(), w.grad.norm().item()',
    '        if not (math.isfinite(loss) and math.isfinite(grad_norm)):',
    `            print(f"# ${who}stopped at step {step}: the loss or its gradient is not finite")`,
    '            break',
    '        lr = opt.param_groups[0]["lr"]  # the learning rate of the next step',
    `        print(${row}, sep=",")`,
    '        if step == STEPS:',
    '            break',
    ...stopChecks(spec, '        ', '(w.detach() - prev).norm().item()'),
    ...(stop.lossChange !== undefined ? ['        prev_loss = loss'] : []),
    ...(stop.stepSize !== undefined ? ['        prev = w.detach().clone()'] : []),
    '        opt.step()  # one update of w from w.grad',
    '        if sched is not None:',
    '            sched.step()  # the learning rate for the step after',
    '        if not torch.isfinite(w).all() or w.abs().max() > BOUND:',
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
      '    torch.optim has no class for it, so the update is written out. grad_norm is',
      '    the length of the part of the gradient the step uses, |df/dw_i|."""',
      '    for step in range(steps + 1):',
      '        w.grad = None',
      '        loss = f(w)',
      '        loss.backward()',
      '        i = step % w.numel()  # the coordinate this step moves',
      '        g = torch.zeros_like(w)',
      '        g[i] = w.grad[i]',
      '        loss, grad_norm = loss.item(), g.norm().item()',
      '        if not (math.isfinite(loss) and math.isfinite(grad_norm)):',
      `            print(f"# ${who}stopped at step {step}: the loss or its gradient is not finite")`,
      '            break',
      `        print(${many ? 'name, ' : ''}step, lr, *w.tolist(), loss, grad_norm, sep=",")`,
      '        if step == steps:',
      '            break',
      ...stopChecks(spec, '        ', '(w.detach() - prev).norm().item()'),
      '        with torch.no_grad():',
      '            w[i] -= lr * g[i]',
      '        if not torch.isfinite(w).all() or w.abs().max() > BOUND:',
      `            print(f"# ${who}diverged at step {step + 1}")`,
      '            break',
      '',
      '',
    );
  }
  lines.push(`print("${many ? 'optimizer,' : ''}step,lr,${cols.join(',')},loss,grad_norm")`);
  const start = `torch.tensor([${spec.start.map((v) => pyFloat(v)).join(', ')}], requires_grad=True)`;
  for (const r of runs) {
    if (r.coordinate) {
      lines.push('', `# ${r.label}`, `w = ${start}  # the start`, `coordinate_descent(${many ? `"${r.id}", ` : ''}w, ${pyFloat(r.params.lr)}, ${spec.runs[runs.indexOf(r)]?.steps ?? spec.steps})`);
      continue;
    }
    const sched = torchScheduler(r.schedule, 'opt');
    lines.push(
      '',
      `# ${r.label}`,
      `w = ${start}  # the start`,
      `opt = ${torchOptimizer(r)}`,
      ...(sched ? [`sched = ${sched}`] : []),
      `descend(${many ? `"${r.id}", ` : ''}w, opt${sched ? ', sched' : ''})`,
    );
  }
  return lines.join('\n') + '\n';
}

