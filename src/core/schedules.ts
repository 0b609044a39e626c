/**
 * Learning-rate schedules, as pure functions of the step: `lrAt(schedule,
 * baseLr, t)` is the learning rate used by step t (t = 0 is the first step),
 * i.e. the value of `optimizer.param_groups[0]['lr']` after t calls of the
 * matching torch.optim.lr_scheduler's `step()` (PyTorch docs, "How to adjust
 * learning rate"). PyTorch steps most schedulers recursively (lr <- lr * ...);
 * here each uses the closed form the PyTorch docs state, which agrees to
 * rounding (the tests check 1e-12 relative against recorded PyTorch values).
 *
 *   lrAt({ kind: 'cosine', Tmax: 100 }, 0.1, 50); // 0.05
 */

/** Stable ids of the schedules (URL values: never rename one). */
export const SCHEDULE_KINDS = [
  'constant',
  'step',
  'exponential',
  'inverse-time',
  'cosine',
  'cosine-restarts',
  'linear-warmup',
] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** lr_t = lr_0. */
export interface ConstantSchedule {
  readonly kind: 'constant';
}
/** StepLR: lr_t = lr_0 * gamma^floor(t / stepSize). torch default gamma = 0.1. */
export interface StepSchedule {
  readonly kind: 'step';
  readonly stepSize: number;
  readonly gamma?: number;
}
/** ExponentialLR: lr_t = lr_0 * gamma^t. */
export interface ExponentialSchedule {
  readonly kind: 'exponential';
  readonly gamma: number;
}
/**
 * Inverse-time decay lr_t = lr_0 / (1 + k t) (Robbins-Monro style 1/t decay).
 * PyTorch has no named class; it is LambdaLR with lr_lambda = t => 1 / (1 + k t).
 */
export interface InverseTimeSchedule {
  readonly kind: 'inverse-time';
  readonly k: number;
}
/** CosineAnnealingLR: lr_t = etaMin + (lr_0 - etaMin)(1 + cos(pi t / Tmax)) / 2 (Loshchilov & Hutter 2017). */
export interface CosineSchedule {
  readonly kind: 'cosine';
  readonly Tmax: number;
  readonly etaMin?: number;
}
/**
 * CosineAnnealingWarmRestarts (SGDR, Loshchilov & Hutter 2017): cosine over
 * periods T0, T0 Tmult, T0 Tmult^2, ..., restarting at lr_0 each time.
 */
export interface CosineRestartsSchedule {
  readonly kind: 'cosine-restarts';
  readonly T0: number;
  readonly Tmult?: number;
  readonly etaMin?: number;
}
/**
 * LinearLR: the factor goes linearly from startFactor to endFactor over
 * totalIters steps, then stays: lr_t = lr_0 (s + (e - s) min(t, T) / T).
 * torch defaults s = 1/3, e = 1, T = 5. Used as a warm-up.
 */
export interface LinearWarmupSchedule {
  readonly kind: 'linear-warmup';
  readonly startFactor?: number;
  readonly endFactor?: number;
  readonly totalIters?: number;
}

export type Schedule =
  | ConstantSchedule
  | StepSchedule
  | ExponentialSchedule
  | InverseTimeSchedule
  | CosineSchedule
  | CosineRestartsSchedule
  | LinearWarmupSchedule;

/**
 * Labels, TeX and the PyTorch equivalent of each schedule, for legends and
 * prose. Plain strings (backslashes doubled), not String.raw: a tagged
 * template counts as a call, so the bundler would ship the table to every
 * page that steps a schedule.
 */
export const SCHEDULE_INFO: {
  readonly [K in ScheduleKind]: { readonly label: string; readonly tex: string; readonly torch: string };
} = {
  constant: { label: 'Constant', tex: '\\eta_t = \\eta_0', torch: 'no scheduler' },
  step: {
    label: 'Step decay',
    tex: '\\eta_t = \\eta_0\\, \\gamma^{\\lfloor t / s \\rfloor}',
    torch: 'StepLR(step_size=s, gamma)',
  },
  exponential: { label: 'Exponential decay', tex: '\\eta_t = \\eta_0\\, \\gamma^{t}', torch: 'ExponentialLR(gamma)' },
  'inverse-time': {
    label: 'Inverse-time decay',
    tex: '\\eta_t = \\frac{\\eta_0}{1 + k t}',
    torch: 'LambdaLR(lr_lambda=lambda t: 1 / (1 + k * t))',
  },
  cosine: {
    label: 'Cosine annealing',
    tex: '\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta_0 - \\eta_{\\min})\\bigl(1 + \\cos(\\pi t / T_{\\max})\\bigr)',
    torch: 'CosineAnnealingLR(T_max, eta_min)',
  },
  'cosine-restarts': {
    label: 'Cosine with warm restarts',
    tex: '\\eta_t = \\eta_{\\min} + \\tfrac12(\\eta_0 - \\eta_{\\min})\\bigl(1 + \\cos(\\pi T_{\\mathrm{cur}} / T_i)\\bigr),\\ T_i = T_0 T_{\\mathrm{mult}}^i',
    torch: 'CosineAnnealingWarmRestarts(T_0, T_mult, eta_min)',
  },
  'linear-warmup': {
    label: 'Linear warm-up',
    tex: '\\eta_t = \\eta_0 \\bigl(s + (e - s) \\min(t, T) / T\\bigr)',
    torch: 'LinearLR(start_factor=s, end_factor=e, total_iters=T)',
  },
};

function fail(kind: string, name: string, value: unknown, expected: string): never {
  throw new Error(`schedule ${kind}: invalid ${name} = ${String(value)}; expected ${expected}`);
}

const isPosInt = (v: number): boolean => Number.isInteger(v) && v > 0;

/**
 * Throw an Error naming the first invalid field (the checks PyTorch makes, plus
 * finiteness).
 *
 *   validateSchedule({ kind: 'step', stepSize: 0 }); // throws
 */
export function validateSchedule(s: Schedule): void {
  switch (s.kind) {
    case 'constant':
      return;
    case 'step':
      if (!isPosInt(s.stepSize)) fail(s.kind, 'stepSize', s.stepSize, 'a positive integer');
      if (s.gamma !== undefined && !(Number.isFinite(s.gamma) && s.gamma >= 0)) {
        fail(s.kind, 'gamma', s.gamma, 'a finite number >= 0');
      }
      return;
    case 'exponential':
      if (!(Number.isFinite(s.gamma) && s.gamma >= 0)) fail(s.kind, 'gamma', s.gamma, 'a finite number >= 0');
      return;
    case 'inverse-time':
      if (!(Number.isFinite(s.k) && s.k >= 0)) fail(s.kind, 'k', s.k, 'a finite number >= 0');
      return;
    case 'cosine':
      if (!isPosInt(s.Tmax)) fail(s.kind, 'Tmax', s.Tmax, 'a positive integer');
      if (s.etaMin !== undefined && !(Number.isFinite(s.etaMin) && s.etaMin >= 0)) {
        fail(s.kind, 'etaMin', s.etaMin, 'a finite number >= 0');
      }
      return;
    case 'cosine-restarts':
      if (!isPosInt(s.T0)) fail(s.kind, 'T0', s.T0, 'a positive integer');
      if (s.Tmult !== undefined && !isPosInt(s.Tmult)) fail(s.kind, 'Tmult', s.Tmult, 'an integer >= 1');
      if (s.etaMin !== undefined && !(Number.isFinite(s.etaMin) && s.etaMin >= 0)) {
        fail(s.kind, 'etaMin', s.etaMin, 'a finite number >= 0');
      }
      return;
    case 'linear-warmup': {
      const start = s.startFactor ?? 1 / 3;
      const end = s.endFactor ?? 1;
      if (!(start > 0 && start <= 1)) fail(s.kind, 'startFactor', start, 'a number in (0, 1]');
      if (!(end >= 0 && end <= 1)) fail(s.kind, 'endFactor', end, 'a number in [0, 1]');
      if (s.totalIters !== undefined && !isPosInt(s.totalIters)) {
        fail(s.kind, 'totalIters', s.totalIters, 'a positive integer');
      }
      return;
    }
    default:
      fail((s as { kind: string }).kind, 'kind', (s as { kind: string }).kind, `one of ${SCHEDULE_KINDS.join(', ')}`);
  }
}

/**
 * The learning rate used at step t (0-based) under `schedule`, starting from
 * `baseLr`; pure and allocation-free. Fields are assumed valid (see
 * `validateSchedule`).
 *
 *   lrAt({ kind: 'step', stepSize: 30, gamma: 0.1 }, 0.1, 30); // 0.01
 */
export function lrAt(schedule: Schedule, baseLr: number, t: number): number {
  switch (schedule.kind) {
    case 'constant':
      return baseLr;
    case 'step':
      return baseLr * (schedule.gamma ?? 0.1) ** Math.floor(t / schedule.stepSize);
    case 'exponential':
      return baseLr * schedule.gamma ** t;
    case 'inverse-time':
      return baseLr * (1 / (1 + schedule.k * t));
    case 'cosine': {
      const etaMin = schedule.etaMin ?? 0;
      return etaMin + ((baseLr - etaMin) * (1 + Math.cos((Math.PI * t) / schedule.Tmax))) / 2;
    }
    case 'cosine-restarts': {
      const etaMin = schedule.etaMin ?? 0;
      const tMult = schedule.Tmult ?? 1;
      let ti = schedule.T0;
      let tCur = t;
      if (tMult === 1) tCur = t % ti;
      else {
        while (tCur >= ti) {
          tCur -= ti;
          ti *= tMult;
        }
      }
      return etaMin + ((baseLr - etaMin) * (1 + Math.cos((Math.PI * tCur) / ti))) / 2;
    }
    case 'linear-warmup': {
      const start = schedule.startFactor ?? 1 / 3;
      const end = schedule.endFactor ?? 1;
      const total = schedule.totalIters ?? 5;
      return baseLr * (start + ((end - start) * Math.min(total, t)) / total);
    }
  }
}

/**
 * The first `steps` learning rates of a schedule, written into `out` (allocated
 * when not given). For plotting the schedule beside a trajectory.
 *
 *   lrSeries({ kind: 'exponential', gamma: 0.9 }, 0.1, 50); // Float64Array(50)
 */
export function lrSeries(schedule: Schedule, baseLr: number, steps: number, out = new Float64Array(steps)): Float64Array {
  for (let t = 0; t < steps; t++) out[t] = lrAt(schedule, baseLr, t);
  return out;
}
