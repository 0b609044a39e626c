/**
 * A schedule as Python: the torch.optim.lr_scheduler call (PyTorch scripts)
 * and the closed form of the learning rate at step t (NumPy scripts), both
 * with every field written out (PyTorch's defaults where the schedule leaves
 * one out, as src/core/schedules.ts).
 */
import type { Schedule } from '../schedules';
import { pyFloat, pyNumber } from './python';

/** `torch.optim.lr_scheduler.StepLR(opt, step_size=75, gamma=0.3)` and the like; null for a constant rate. */
export function torchScheduler(s: Schedule | undefined, opt: string): string | null {
  const L = 'torch.optim.lr_scheduler';
  if (!s) return null;
  switch (s.kind) {
    case 'constant':
      return null;
    case 'step':
      return `${L}.StepLR(${opt}, step_size=${pyNumber(s.stepSize)}, gamma=${pyFloat(s.gamma ?? 0.1)})`;
    case 'exponential':
      return `${L}.ExponentialLR(${opt}, gamma=${pyFloat(s.gamma)})`;
    case 'inverse-time':
      // torch has no class for 1/t decay: LambdaLR multiplies the base rate by a function of the step.
      return `${L}.LambdaLR(${opt}, lr_lambda=lambda t: 1 / (1 + ${pyFloat(s.k)} * t))`;
    case 'cosine':
      return `${L}.CosineAnnealingLR(${opt}, T_max=${pyNumber(s.Tmax)}, eta_min=${pyFloat(s.etaMin ?? 0)})`;
    case 'cosine-restarts':
      return `${L}.CosineAnnealingWarmRestarts(${opt}, T_0=${pyNumber(s.T0)}, T_mult=${pyNumber(s.Tmult ?? 1)}, eta_min=${pyFloat(s.etaMin ?? 0)})`;
    case 'linear-warmup':
      return `${L}.LinearLR(${opt}, start_factor=${pyFloat(s.startFactor ?? 1 / 3)}, end_factor=${pyFloat(s.endFactor ?? 1)}, total_iters=${pyNumber(s.totalIters ?? 5)})`;
  }
}

/** The PyTorch scheduler's name, for comments and the parity page. */
export function torchSchedulerName(s: Schedule): string {
  const call = torchScheduler(s, 'opt');
  return call ? (call.split('(')[0] ?? '').replace('torch.optim.lr_scheduler.', '') : 'none';
}

/** Python lines of `def lr_at(t):` for a NumPy script: the learning rate of step t (0-based), as the figure computes it. */
export function numpyLrAt(s: Schedule | undefined, name: string): string[] {
  const head = [`def ${name}(base, t):`];
  if (!s || s.kind === 'constant') return [...head, '    return base  # a constant learning rate'];
  switch (s.kind) {
    case 'step':
      return [...head, `    """StepLR: times gamma every step_size steps."""`, `    return base * ${pyFloat(s.gamma ?? 0.1, 'np')}**(t // ${pyNumber(s.stepSize)})`];
    case 'exponential':
      return [...head, `    """ExponentialLR: times gamma every step."""`, `    return base * ${pyFloat(s.gamma, 'np')}**t`];
    case 'inverse-time':
      return [...head, `    """1/t decay."""`, `    return base * (1 / (1 + ${pyFloat(s.k, 'np')} * t))`];
    case 'cosine': {
      const m = pyFloat(s.etaMin ?? 0, 'np');
      return [...head, `    """CosineAnnealingLR: half a cosine from base down to eta_min over T_max steps."""`, `    return ${m} + (base - ${m}) * (1 + np.cos(np.pi * t / ${pyNumber(s.Tmax)})) / 2`];
    }
    case 'cosine-restarts': {
      const m = pyFloat(s.etaMin ?? 0, 'np');
      const mult = s.Tmult ?? 1;
      const body =
        mult === 1
          ? [`    t_i, t_cur = ${pyNumber(s.T0)}, t % ${pyNumber(s.T0)}`]
          : [`    t_i, t_cur = ${pyNumber(s.T0)}, t`, '    while t_cur >= t_i:  # find the period t is in', `        t_cur, t_i = t_cur - t_i, t_i * ${pyNumber(mult)}`];
      return [...head, `    """CosineAnnealingWarmRestarts: cosine over periods T_0, T_0 T_mult, ..., restarting at base."""`, ...body, `    return ${m} + (base - ${m}) * (1 + np.cos(np.pi * t_cur / t_i)) / 2`];
    }
    case 'linear-warmup': {
      const a = pyFloat(s.startFactor ?? 1 / 3, 'np');
      const b = pyFloat(s.endFactor ?? 1, 'np');
      const total = pyNumber(s.totalIters ?? 5);
      return [...head, `    """LinearLR: the factor goes from start_factor to end_factor over total_iters steps."""`, `    return base * (${a} + (${b} - ${a}) * min(${total}, t) / ${total})`];
    }
  }
}
