/**
 * The states the parity test generates scripts for: every optimizer and
 * option, every schedule, most surfaces, the playground's grammar, every
 * stopping rule. Each is named by the figure it stands for.
 */
import { parseObjective } from '~/core/expr';
import { getObjective, makeQuadratic, type ObjectiveId } from '~/core/objectives';
import type { OptimizerId } from '~/core/optimizers';
import type { StopCriteria } from '~/core/runner';
import type { Schedule } from '~/core/schedules';
import { expressionFormula, formulaOf, quadraticFormula, type CodeRun, type CodeSpec } from '~/core/codegen';

export interface ParityState {
  readonly figure: string;
  readonly name: string;
  readonly spec: CodeSpec;
}

const URL = 'https://downhill.example/playground/';

function builtin(id: ObjectiveId, runs: CodeRun[], o: { start?: number[]; steps?: number; stop?: StopCriteria } = {}): CodeSpec {
  const objective = getObjective(id);
  const formula = formulaOf(objective);
  if (!formula) throw new Error(id);
  return { title: 'Playground', url: `${URL}?s=${id}`, formula, objective, start: o.start ?? [...objective.start], steps: o.steps ?? 200, stop: o.stop ?? { gradNorm: 1e-8 }, runs };
}

function custom(source: string, runs: CodeRun[], o: { start?: number[]; steps?: number; stop?: StopCriteria } = {}): CodeSpec {
  const r = parseObjective(source);
  if (!r.ok) throw new Error(`${source}: ${r.error.message}`);
  return { title: 'Playground', url: `${URL}?f=${encodeURIComponent(source)}`, formula: expressionFormula(r.ast, source), objective: r.objective, start: o.start ?? [1.3, -0.9], steps: o.steps ?? 150, stop: o.stop ?? { gradNorm: 1e-8 }, runs };
}

const R = (optimizer: OptimizerId, params: Record<string, unknown>, schedule?: Schedule): CodeRun => ({
  id: optimizer,
  label: optimizer,
  optimizer: { id: optimizer, params },
  ...(schedule ? { schedule } : {}),
});

const ravine = makeQuadratic({ kappa: 25, angle: Math.PI / 6, id: 'ravine', label: 'Ravine (condition number 25)' });

export const PARITY_STATES: readonly ParityState[] = [
  // Every optimizer and option (chapter 5's race surfaces).
  { figure: 'Race (5.6)', name: 'gd on rosenbrock', spec: builtin('rosenbrock', [R('gd', { lr: 0.002 })], { steps: 400 }) },
  { figure: 'Race (5.6)', name: 'sgd momentum / nesterov / dampening on rosenbrock', spec: builtin('rosenbrock', [R('sgd', { lr: 0.001, momentum: 0.9 }), R('sgd', { lr: 0.001, momentum: 0.9, nesterov: true }), R('sgd', { lr: 0.002, momentum: 0.8, dampening: 0.3 })], { steps: 500 }) },
  { figure: 'Race (5.6)', name: 'sgd weight decay on beale', spec: builtin('beale', [R('sgd', { lr: 0.01, weightDecay: 0.05 }), R('sgd', { lr: 0.002, momentum: 0.9, weightDecay: 0.1, nesterov: true })], { steps: 300 }) },
  { figure: 'Basins (6.2)', name: 'momentum-ema on two-well', spec: builtin('two-well', [R('momentum-ema', { lr: 0.05, beta: 0.9 }), R('momentum-ema', { lr: 0.1, beta: 0.5 })], { start: [1.6, 1.2], steps: 300 }) },
  { figure: 'Race (5.6)', name: 'adagrad options on himmelblau', spec: builtin('himmelblau', [R('adagrad', { lr: 0.5 }), R('adagrad', { lr: 0.8, lrDecay: 0.01, weightDecay: 0.01, initialAccumulatorValue: 0.1, eps: 1e-8 })], { start: [0.5, -3], steps: 300 }) },
  // 260 steps: by 290 the path is within 1e-4 of the minimum, where centered RMSprop's sqrt(v - a^2)
  // cancels and the last bit of a gradient (autograd's or the closed form's) decides the next step.
  { figure: 'Race (5.6)', name: 'rmsprop options on ravine', spec: { ...builtin('quadratic', [R('rmsprop', { lr: 0.02 }), R('rmsprop', { lr: 0.01, centered: true }), R('rmsprop', { lr: 0.005, momentum: 0.5, weightDecay: 0.01 }), R('rmsprop', { lr: 0.005, alpha: 0.95, momentum: 0.3, centered: true, eps: 1e-6 })], { start: [-2.47, -0.73], steps: 260 }), formula: quadraticFormula(ravine), objective: ravine } },
  { figure: 'Race (5.6)', name: 'adam options on rosenbrock', spec: builtin('rosenbrock', [R('adam', { lr: 0.05 }), R('adam', { lr: 0.05, amsgrad: true }), R('adam', { lr: 0.02, weightDecay: 0.01, betas: [0.8, 0.99] }), R('adam', { lr: 0.01, biasCorrection: false })], { steps: 400 }) },
  { figure: 'Adam internals (5.5)', name: 'adam without bias correction, amsgrad, wd', spec: builtin('beale', [R('adam', { lr: 0.01, biasCorrection: false, amsgrad: true, weightDecay: 0.02 })], { start: [0.5, 1.4], steps: 300 }) },
  { figure: 'Race (5.6)', name: 'adamw options on beale', spec: builtin('beale', [R('adamw', { lr: 0.05 }), R('adamw', { lr: 0.05, weightDecay: 0.1, amsgrad: true }), R('adamw', { lr: 0.02, weightDecay: 0.05, biasCorrection: false }), R('adamw', { lr: 0.02, weightDecay: 0.05, biasCorrection: false, amsgrad: true, eps: 1e-6 })], { start: [0.5, 1.4], steps: 300 }) },
  // Every schedule (the playground's, and torch's defaults).
  ...(
    [
      ['step', { kind: 'step', stepSize: 50, gamma: 0.3 }],
      ['step (torch default gamma)', { kind: 'step', stepSize: 40 }],
      ['exponential', { kind: 'exponential', gamma: 0.99 }],
      ['inverse-time', { kind: 'inverse-time', k: 0.05 }],
      ['cosine', { kind: 'cosine', Tmax: 200 }],
      ['cosine with eta_min', { kind: 'cosine', Tmax: 120, etaMin: 0.001 }],
      ['cosine-restarts', { kind: 'cosine-restarts', T0: 50 }],
      ['cosine-restarts T_mult 2', { kind: 'cosine-restarts', T0: 20, Tmult: 2, etaMin: 0.0005 }],
      ['linear-warmup', { kind: 'linear-warmup', startFactor: 0.1, endFactor: 1, totalIters: 20 }],
      ['linear-warmup (torch defaults)', { kind: 'linear-warmup' }],
    ] as const
  ).map(([name, schedule]): ParityState => ({
    figure: 'Playground',
    name: `schedule ${name}`,
    spec: builtin('himmelblau', [R('sgd', { lr: 0.01, momentum: 0.5 }, schedule), R('adam', { lr: 0.1 }, schedule), R('rmsprop', { lr: 0.02 }, schedule)], { start: [-1, 1], steps: 200 }),
  })),
  // More surfaces.
  { figure: 'Playground', name: 'booth', spec: builtin('booth', [R('sgd', { lr: 0.05 }), R('adam', { lr: 0.1 })], { steps: 200 }) },
  { figure: 'Playground', name: 'matyas', spec: builtin('matyas', [R('sgd', { lr: 0.5, momentum: 0.9 })], { steps: 200 }) },
  { figure: 'Saddle (6.4)', name: 'saddle escape (bound)', spec: builtin('saddle', [R('sgd', { lr: 0.01 }), R('adam', { lr: 0.01 })], { start: [-1.8, 0.02], steps: 600, stop: { gradNorm: 1e-8, bound: 2 } }) },
  { figure: 'Playground', name: 'monkey saddle', spec: builtin('monkey-saddle', [R('adam', { lr: 0.01 })], { start: [0.5, 0.3], steps: 200, stop: { gradNorm: 1e-8, bound: 5 } }) },
  { figure: 'Playground', name: 'rastrigin', spec: builtin('rastrigin', [R('sgd', { lr: 0.002, momentum: 0.9 }), R('adam', { lr: 0.05 })], { start: [2.2, -1.7], steps: 200 }) },
  { figure: 'Playground', name: 'six-hump camel', spec: builtin('six-hump-camel', [R('adam', { lr: 0.05 }), R('sgd', { lr: 0.01 })], { start: [1.5, 0.8], steps: 300 }) },
  { figure: 'Hiker (1.1)', name: 'hiking curve (1-D)', spec: builtin('hiking', [R('gd', { lr: 0.1 })], { start: [3], steps: 100 }) },
  { figure: 'Local minima (1.x)', name: 'quartic (1-D)', spec: builtin('quartic', [R('gd', { lr: 0.02 }), R('momentum-ema', { lr: 0.05, beta: 0.8 })], { start: [1.9], steps: 150 }) },
  { figure: 'Learning rate (2.x)', name: 'parabola diverging (1-D)', spec: builtin('parabola', [R('gd', { lr: 1.05 })], { start: [1], steps: 400 }) },
  // Stopping rules.
  { figure: 'Stopping (3.x)', name: 'step-size rule', spec: builtin('booth', [R('sgd', { lr: 0.05 })], { start: [-3, -2], steps: 500, stop: { stepSize: 1e-6 } }) },
  { figure: 'Stopping (3.x)', name: 'loss-change rule', spec: builtin('matyas', [R('gd', { lr: 0.5 })], { start: [2, -1.5], steps: 800, stop: { lossChange: 1e-9 } }) },
  { figure: 'Stopping (3.x)', name: 'patience rule', spec: builtin('rastrigin', [R('adam', { lr: 0.05 })], { start: [1.2, 0.7], steps: 500, stop: { patience: 15, minDelta: 1e-6 } }) },
  { figure: 'Stopping (3.x)', name: 'every rule at once', spec: builtin('himmelblau', [R('sgd', { lr: 0.01, momentum: 0.5 })], { start: [0, 0], steps: 500, stop: { gradNorm: 1e-6, stepSize: 1e-9, lossChange: 1e-14, patience: 50 } }) },
  // The playground's grammar: custom formulas (gradients derived by hand for NumPy).
  { figure: 'Playground', name: 'custom default formula', spec: custom('x^2/4 + y^2 + sin(2x)*sin(2y)/2', [R('sgd', { lr: 0.05 }), R('sgd', { lr: 0.02, momentum: 0.9 }), R('adam', { lr: 0.1 })], { start: [2.4, 1.5], steps: 300 }) },
  { figure: 'Playground', name: 'custom sqrt, log, division', spec: custom('sqrt(x^2 + y^2 + 1) + log(1 + x^2)/(2 + y^2)', [R('adam', { lr: 0.05 }), R('rmsprop', { lr: 0.02, centered: true })], { start: [2, -1.5] }) },
  { figure: 'Playground', name: 'custom exp, tanh, tan, pi, e', spec: custom('1 - exp(-(x^2 + y^2)/e) + tanh(x - 1)^2 + tan(y/(2pi))^2', [R('adagrad', { lr: 0.5 }), R('sgd', { lr: 0.1, nesterov: true, momentum: 0.7 })], { start: [1.5, 2] }) },
  { figure: 'Playground', name: 'custom abs, min, max', spec: custom('abs(x - 0.3) + min((y - 1)^2, (y + 1)^2 + 0.2) + max(0, x + y - 3)^2', [R('adam', { lr: 0.02 }), R('gd', { lr: 0.01 })], { start: [1.7, 0.4], steps: 200 }) },
  { figure: 'Playground', name: 'custom variable power, cos, unary minus', spec: custom('(1.5 + cos(x))^(1 + y^2/4) - -x^2/10 + 2^-(y^2)', [R('adamw', { lr: 0.05, weightDecay: 0.01 }), R('momentum-ema', { lr: 0.05, beta: 0.9 })], { start: [1.2, 0.8], steps: 200 }) },
  { figure: 'Playground', name: 'custom implicit products and superscripts', spec: custom('3x² + 2x*y + y² - 4x + (x - y)(x + y)/5', [R('adam', { lr: 0.05, amsgrad: true }, { kind: 'cosine', Tmax: 150 }), R('sgd', { lr: 0.05 }, { kind: 'cosine', Tmax: 150 })], { start: [2, 2] }) },
  { figure: 'Playground', name: 'custom nested powers and big numbers', spec: custom('1e-3*(x^4 + y^4) + 2^3^0.5*x^2/100 + 0.5*y^2 + 1e20/(1e20 + x^2)', [R('adam', { lr: 0.05 }), R('rmsprop', { lr: 0.01, momentum: 0.9 })], { start: [3, -2], steps: 200 }) },
];

// The figures' own states, through their own mappings (src/widgets/<figure>/code.ts): every preset of the race and the playground.
import { beale, himmelblau, rosenbrock, saddle } from '~/core/objectives';
import { PLAYGROUND_OBJECTIVES, playgroundSchema, type PlaygroundSchedule } from '~/widgets/playground/schema';
import { entry as playgroundEntry } from '~/widgets/playground/entry';
import { playgroundCode } from '~/widgets/playground/code';
import { raceSchema, type RaceSurface } from '~/widgets/race/schema';
import { entry as raceEntry } from '~/widgets/race/entry';
import { raceCode } from '~/widgets/race/code';
import { defaultsOf, type Values } from '~/state/schema';
import type { Objective } from '~/core';

/** Race.svelte's surfaces (its SURFACES table's objectives). */
export const RACE_OBJECTIVES: Readonly<Record<RaceSurface, Objective>> = { ravine, rosenbrock, beale, himmelblau, saddle };

/** Playground.svelte's scheduleFor, as it derives a schedule from the run length. */
export function playgroundSchedule(kind: PlaygroundSchedule, steps: number): Schedule {
  switch (kind) {
    case 'constant':
      return { kind: 'constant' };
    case 'step':
      return { kind: 'step', stepSize: Math.max(1, Math.round(steps / 4)), gamma: 0.3 };
    case 'exponential':
      return { kind: 'exponential', gamma: Math.pow(0.01, 1 / steps) };
    case 'inverse-time':
      return { kind: 'inverse-time', k: 10 / steps };
    case 'cosine':
      return { kind: 'cosine', Tmax: steps };
    case 'cosine-restarts':
      return { kind: 'cosine-restarts', T0: Math.max(1, Math.round(steps / 4)) };
    case 'linear-warmup':
      return { kind: 'linear-warmup', startFactor: 0.1, endFactor: 1, totalIters: Math.max(1, Math.round(steps / 10)) };
  }
}

const clamp = (o: Objective, p: readonly number[]): number[] => [Math.min(o.domain.x[1], Math.max(o.domain.x[0], p[0]!)), Math.min(o.domain.y[1], Math.max(o.domain.y[0], p[1]!))];

export function raceState(values: Values<typeof raceSchema>): CodeSpec {
  const o = RACE_OBJECTIVES[values.surface];
  return { title: 'Figure 5.6, The optimizer race', url: 'https://downhill.example/chapters/momentum-adam/#race', ...raceCode(values, o, clamp(o, values.start)) };
}

export function playgroundState(values: Values<typeof playgroundSchema>): CodeSpec {
  let objective: Objective;
  let ast = null;
  if (values.surface === 'custom') {
    const r = parseObjective(values.source, { domain: { x: [-values.range, values.range], y: [-values.range, values.range] }, id: 'custom', label: 'your function' });
    if (!r.ok) throw new Error(values.source);
    objective = r.objective;
    ast = r.ast;
  } else objective = PLAYGROUND_OBJECTIVES[values.surface];
  const schedule = playgroundSchedule(values.schedule, values.steps);
  return { title: 'Playground', url: 'https://downhill.example/playground/', ...playgroundCode(values, objective, ast, clamp(objective, values.start), schedule) };
}

export const FIGURE_STATES: readonly ParityState[] = [
  ...raceEntry.presets.map((p) => ({ figure: 'Race (5.6)', name: `preset ${p.id}`, spec: raceState({ ...defaultsOf(raceSchema), ...(p.values as Partial<Values<typeof raceSchema>>) }) })),
  ...playgroundEntry.presets.map((p) => ({ figure: 'Playground', name: `preset ${p.id}`, spec: playgroundState({ ...defaultsOf(playgroundSchema), ...(p.values as Partial<Values<typeof playgroundSchema>>) }) })),
  ...(['step', 'exponential', 'inverse-time', 'cosine-restarts', 'linear-warmup'] as const).map((schedule) => ({
    figure: 'Playground',
    name: `default formula, ${schedule} schedule, every racer`,
    spec: playgroundState({ ...defaultsOf(playgroundSchema), schedule, steps: 200, racers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'] }),
  })),
];

// More figures through their mappings: their defaults and presets.
import { monkeySaddle } from '~/core/objectives';
import { gdStepsCode } from '~/widgets/gd-steps/code';
import { gdStepsSchema } from '~/widgets/gd-steps/schema';
import { entry as gdStepsEntry } from '~/widgets/gd-steps/entry';
import { STEP_OBJECTIVES } from '~/widgets/shared/step-surfaces';
import { hikerCode } from '~/widgets/hiker/code';
import { hikerSchema } from '~/widgets/hiker/schema';
import { entry as hikerEntry } from '~/widgets/hiker/entry';
import { twoWellsCode } from '~/widgets/two-wells/code';
import { twoWellsSchema } from '~/widgets/two-wells/schema';
import { entry as twoWellsEntry } from '~/widgets/two-wells/entry';
import { saddleCode } from '~/widgets/saddle/code';
import { saddleSchema } from '~/widgets/saddle/schema';
import { entry as saddleEntry } from '~/widgets/saddle/entry';
import { escapeCode } from '~/widgets/escape/code';
import { escapeSchema } from '~/widgets/escape/schema';
import { entry as escapeEntry } from '~/widgets/escape/entry';
import type { Schema } from '~/state/schema';

function statesOf<S extends Schema>(figure: string, schema: S, entry: { presets: readonly { id: string; values: unknown }[] }, make: (v: Values<S>) => CodeInput): ParityState[] {
  const all = [{ id: 'defaults', values: {} }, ...entry.presets];
  return all.map((p) => ({ figure, name: `preset ${p.id}`, spec: { title: figure, url: `https://downhill.example/#${p.id}`, ...make({ ...defaultsOf(schema), ...(p.values as Partial<Values<S>>) }) } }));
}
type CodeInput = Omit<CodeSpec, 'title' | 'url'>;

import { adamInternalsCode } from '~/widgets/adam-internals/code';
import { adamInternalsSchema } from '~/widgets/adam-internals/schema';
import { entry as adamInternalsEntry } from '~/widgets/adam-internals/entry';

import { simultaneousCode } from '~/widgets/simultaneous/code';
import { simultaneousSchema } from '~/widgets/simultaneous/schema';
import { entry as simultaneousEntry } from '~/widgets/simultaneous/entry';

export const MORE_FIGURE_STATES: readonly ParityState[] = [
  ...statesOf('Simultaneous (2.x)', simultaneousSchema, simultaneousEntry, (v) => {
    const o = STEP_OBJECTIVES[v.surface];
    return simultaneousCode(v, o, clamp(o, v.start));
  }),
  ...statesOf('Adam internals (5.x)', adamInternalsSchema, adamInternalsEntry, (v) => adamInternalsCode(v, makeQuadratic({ kappa: 25, angle: 0, label: 'Ravine' }), [-2.5, 0.6], 1e-8)),
  ...statesOf('GD steps (2.x)', gdStepsSchema, gdStepsEntry, (v) => {
    const o = STEP_OBJECTIVES[v.surface];
    return gdStepsCode(v, o, clamp(o, v.start));
  }),
  ...statesOf('Hiker (1.x)', hikerSchema, hikerEntry, hikerCode),
  ...statesOf('Two wells (6.x)', twoWellsSchema, twoWellsEntry, twoWellsCode),
  ...statesOf('Saddle (6.x)', saddleSchema, saddleEntry, (v) => {
    const o = v.surface === 'monkey-saddle' ? monkeySaddle : saddle;
    return saddleCode(v, o, Math.max(o.domain.x[1], o.domain.y[1]) * 1.5);
  }),
  ...statesOf('Escape (6.x)', escapeSchema, escapeEntry, escapeCode),
];
