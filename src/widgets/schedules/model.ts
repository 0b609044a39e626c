/** Figure model of the `schedules` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { makeQuadratic, run, withGradientNoise, type Objective, type Schedule, type ScheduleKind, type Trajectory } from '~/core';

export const SCHEDULE_STEPS = 150;
/** Curvatures 0.5 and 2 (so 2/L = 1); the noise stands in for stochastic gradients. */
export const SCHEDULE_BOWL = makeQuadratic({ kappa: 4, mu: 0.5, angle: Math.PI / 6, id: 'schedule-bowl', label: 'Bowl with curvatures 0.5 and 2' });

/**
 * The same bowl with steep outer walls, f + 1/2 (x^4 + y^4): gentle near the
 * minimum (curvatures 0.5 and 2 there) but with curvature about 37 where the
 * runs start, so a rate that suits the bottom is far too large at the start:
 * what warm-up is for.
 */
const { lipschitz: _unbounded, ...BOWL_FIELDS } = SCHEDULE_BOWL;
export const STEEP_START: Objective = {
  ...BOWL_FIELDS,
  id: 'steep-start',
  label: 'Bowl with steep outer walls',
  tex: `${SCHEDULE_BOWL.tex} + \\tfrac{1}{2}\\left(x^4 + y^4\\right)`,
  f: (w) => SCHEDULE_BOWL.f(w) + 0.5 * ((w[0] ?? 0) ** 4 + (w[1] ?? 0) ** 4),
  grad: (w, out) => {
    SCHEDULE_BOWL.grad(w, out);
    out[0] = out[0]! + 2 * (w[0] ?? 0) ** 3;
    out[1] = out[1]! + 2 * (w[1] ?? 0) ** 3;
    return out;
  },
  hessian: (w, out) => {
    SCHEDULE_BOWL.hessian!(w, out);
    out[0] = out[0]! + 6 * (w[0] ?? 0) ** 2;
    out[3] = out[3]! + 6 * (w[1] ?? 0) ** 2;
    return out;
  },
};

export const SCHEDULE_SURFACES = { bowl: SCHEDULE_BOWL, steep: STEEP_START } as const;
export type ScheduleSurface = keyof typeof SCHEDULE_SURFACES;

/** The schedule of each kind used in figure 3.4, sized for a 150-step run. */
export const FIGURE_SCHEDULES: Readonly<Record<ScheduleKind, Schedule>> = {
  constant: { kind: 'constant' },
  step: { kind: 'step', stepSize: 40, gamma: 0.3 },
  exponential: { kind: 'exponential', gamma: 0.98 },
  'inverse-time': { kind: 'inverse-time', k: 0.05 },
  cosine: { kind: 'cosine', Tmax: SCHEDULE_STEPS },
  'cosine-restarts': { kind: 'cosine-restarts', T0: 30, Tmult: 2 },
  'linear-warmup': { kind: 'linear-warmup', startFactor: 0.05, totalIters: 30 },
};

/** A run under a schedule with seeded gradient noise (the same seed, the same noise). */
export function scheduleRun(schedule: Schedule, lr: number, noise: number, seed: number, surface: ScheduleSurface = 'bowl'): Trajectory {
  const objective = withGradientNoise(SCHEDULE_SURFACES[surface], noise, seed);
  objective.reset();
  return run({ objective, optimizer: { id: 'gd', params: { lr } }, start: SCHEDULE_BOWL.start, steps: SCHEDULE_STEPS, schedule, stop: { bound: 1e3 } });
}

/** Mean loss over the last 20 positions: what the run settles at. */
export function tailLoss(tr: Trajectory): number {
  const from = Math.max(0, tr.length - 19);
  let s = 0;
  for (let i = from; i <= tr.length; i++) s += tr.loss[i] ?? 0;
  return s / (tr.length - from + 1);
}
