/**
 * The book's optimizer catalogue: every optimizer a figure offers (a "method":
 * SGD, momentum, Nesterov, ... as the chapters name them), each a core
 * optimizer with the book's own defaults. Menus, their labels and colours,
 * the URL schema entries of their sliders and the construction of the core
 * optimizer all come from here; the slider ranges, labels, TeX and digits come
 * from core's registry (`HYPERPARAMS`). A figure lists the ids
 * it offers and says only where it departs from the catalogue.
 *
 *   optimizerFor('nesterov', { lr: 0.01, momentum: 0.9 }); // { id: 'sgd', params: { lr: 0.01, momentum: 0.9, nesterov: true } }
 *   menuChoices(['sgd', 'adam']);                          // [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam' }]
 *   controlSpecs(['sgd', 'adam'], { lr: { sgd: 0.05, adam: 0.1 } }); // { lrSgd: NumberSpec, lrAdam: NumberSpec, beta1: ..., beta2: ... }
 */
import { HYPERPARAMS, type HyperparamSpec, type OptimizerId, type OptimizerInput } from '~/core/optimizers';
import type { Choice, NumberSpec } from '~/state/schema';

/** The hyperparameters of optimizer K a slider can set (the numeric ones). */
export type NumberParam<K extends OptimizerId> = {
  [P in keyof OptimizerInput<K>]-?: NonNullable<OptimizerInput<K>[P]> extends number ? P : never;
}[keyof OptimizerInput<K>] &
  string;

/** One slider of a method: which hyperparameter, under which value name and URL key. */
export interface Control<P extends string = string> {
  readonly param: P;
  /** The figures' value name (a schema field), e.g. `lrMomentum`. */
  readonly name: string;
  /** The URL key, e.g. `lrm`. Never rename one: links carry it. */
  readonly key: string;
  /** The label after the method's name where it is not `lr` (PyTorch's name) or core's symbol: `smoothing (alpha)`. */
  readonly label?: string;
}

/** A catalogue entry. */
export interface Method<K extends OptimizerId = OptimizerId> {
  /** The core optimizer it builds. */
  readonly optimizer: K;
  /** Menu and control label, e.g. `Momentum` ("Momentum lr", "Momentum μ"). */
  readonly label: string;
  /** The label where the method's own defaults are fixed (the network's menu), before `(μ = 0.9)`; default `label`. */
  readonly longLabel?: string;
  /** Index into the book's run palette (the same colour in every figure). */
  readonly colour: number;
  /** The method's own defaults over PyTorch's (momentum's μ = 0.9); shown in `presetLabel`. */
  readonly preset?: { readonly [P in NumberParam<K>]?: number };
  /** Nesterov momentum (torch requires μ > 0: at μ = 0 it is plain SGD). */
  readonly nesterov?: true;
}

type AnyMethod = { [K in OptimizerId]: Method<K> }[OptimizerId];

/** Every method, in the order the book introduces them. Ids are URL values: never rename one. */
export const METHODS = {
  gd: { optimizer: 'gd', label: 'Gradient descent', colour: 0 },
  sgd: {
    optimizer: 'sgd',
    label: 'SGD',
    colour: 0,
  },
  momentum: {
    optimizer: 'sgd',
    label: 'Momentum',
    longLabel: 'SGD + momentum',
    colour: 1,
    preset: { momentum: 0.9 },
  },
  'momentum-ema': {
    optimizer: 'momentum-ema',
    label: 'Momentum',
    colour: 1,
    preset: { beta: 0.9 },
  },
  nesterov: {
    optimizer: 'sgd',
    label: 'Nesterov',
    colour: 4,
    preset: { momentum: 0.9 },
    nesterov: true,
  },
  adagrad: {
    optimizer: 'adagrad',
    label: 'AdaGrad',
    colour: 3,
  },
  rmsprop: {
    optimizer: 'rmsprop',
    label: 'RMSProp',
    colour: 6,
  },
  adam: {
    optimizer: 'adam',
    label: 'Adam',
    colour: 2,
  },
  adamw: {
    optimizer: 'adamw',
    label: 'AdamW',
    colour: 5,
    preset: { weightDecay: 0.01 },
  },
} as const satisfies { readonly [id: string]: AnyMethod };

export type MethodId = keyof typeof METHODS;
type MethodOf<I extends MethodId> = (typeof METHODS)[I];
/** The core optimizer a method builds. */
export type OptimizerOf<I extends MethodId> = MethodOf<I>['optimizer'];

/** Each method's sliders, the learning rate first: value names and URL keys as the race and the playground declare them. */
export const CONTROLS = {
  sgd: [{ param: 'lr', name: 'lrSgd', key: 'lrs' }],
  momentum: [
    { param: 'lr', name: 'lrMomentum', key: 'lrm' },
    { param: 'momentum', name: 'muMomentum', key: 'mum' },
  ],
  nesterov: [
    { param: 'lr', name: 'lrNesterov', key: 'lrn' },
    { param: 'momentum', name: 'muNesterov', key: 'mun' },
  ],
  adagrad: [{ param: 'lr', name: 'lrAdagrad', key: 'lrag' }],
  rmsprop: [
    { param: 'lr', name: 'lrRmsprop', key: 'lrr' },
    { param: 'alpha', name: 'rho', key: 'rho', label: 'smoothing (alpha)' },
  ],
  adam: [
    { param: 'lr', name: 'lrAdam', key: 'lra' },
    { param: 'beta1', name: 'beta1', key: 'b1' },
    { param: 'beta2', name: 'beta2', key: 'b2' },
  ],
  adamw: [
    { param: 'lr', name: 'lrAdamw', key: 'lraw' },
    { param: 'weightDecay', name: 'weightDecay', key: 'wd', label: 'weight decay λ' },
  ],
} as const satisfies { readonly [I in MethodId]?: readonly Control<NumberParam<OptimizerOf<I>>>[] };
type ControlsOf<I extends MethodId> = I extends keyof typeof CONTROLS ? (typeof CONTROLS)[I] : readonly [];
type ControlOf<I extends MethodId> = ControlsOf<I>[number];
/** A method's slider parameters. */
export type ParamOf<I extends MethodId> = ControlOf<I>['param'];
/** A method's slider value names (schema fields). */
export type ControlName<I extends MethodId> = ControlOf<I>['name'];

/** What a figure sets: the learning rate, and any of the method's other sliders (the rest take the method's defaults). */
export type Tuned<I extends MethodId> = { readonly lr: number } & {
  readonly [P in Exclude<ParamOf<I>, 'lr'>]?: number;
};

/** Core's `OptimizerInput` without the array-valued fields (`betas`): what a method hands to `makeOptimizer`. */
export type ScalarInput<K extends OptimizerId> = {
  readonly [P in keyof OptimizerInput<K> as NonNullable<OptimizerInput<K>[P]> extends number | boolean ? P : never]?: OptimizerInput<K>[P];
};

/** A core optimizer by id and hyperparameters, as `run`, `makeTrainer` and `basinMap` take it. */
export interface OptimizerCall<K extends OptimizerId = OptimizerId> {
  readonly id: K;
  readonly params: ScalarInput<K>;
}

function method(id: MethodId): AnyMethod {
  return METHODS[id];
}

function controlsOf(id: MethodId): readonly Control[] {
  return (CONTROLS as Readonly<Record<string, readonly Control[] | undefined>>)[id] ?? [];
}

/**
 * The core optimizer for method `id` with the figure's settings: `lr`, then
 * each slider given (else the method's own default, else PyTorch's, left out).
 *
 *   optimizerFor('adamw', { lr: 0.1 }); // { id: 'adamw', params: { lr: 0.1, weightDecay: 0.01 } }
 */
export function optimizerFor<I extends MethodId>(id: I, tuned: Tuned<I>): OptimizerCall<OptimizerOf<I>> {
  const m = method(id);
  const given = tuned as Readonly<Record<string, number | undefined>>;
  const preset: Readonly<Record<string, number | undefined>> = m.preset ?? {};
  const params: Record<string, number | boolean> = { lr: tuned.lr };
  const names = [...Object.keys(tuned), ...Object.keys(preset)];
  for (const name of names) {
    if (name === 'lr' || name in params) continue;
    const value = given[name] ?? preset[name];
    if (value !== undefined) params[name] = value;
  }
  if (m.nesterov) {
    if (Number(params['momentum'] ?? 0) > 0) params['nesterov'] = true;
    else delete params['momentum'];
  }
  return { id: m.optimizer, params } as OptimizerCall<OptimizerOf<I>>;
}

/** Core's slider spec of one of a method's hyperparameters. */
export function hyperparamOf(id: MethodId, param: string): Extract<HyperparamSpec, { kind: 'number' }> {
  const m = method(id);
  const spec = HYPERPARAMS[m.optimizer].find((h) => h.name === param);
  if (!spec || spec.kind !== 'number') throw new Error(`${id}: ${m.optimizer} has no numeric hyperparameter "${param}"`);
  return spec;
}

/** A menu entry: a method id, or `[value, id]` where a figure's links call the method otherwise (chapter 6's `momentum` is the EMA form). */
export type MenuItem = MethodId | readonly [value: string, id: MethodId];
type ValueOfItem<T> = T extends readonly [infer V extends string, MethodId] ? V : T;
const itemValue = (item: MenuItem): string => (typeof item === 'string' ? item : item[0]);
const itemId = (item: MenuItem): MethodId => (typeof item === 'string' ? item : item[1]);

/**
 * A menu's choices. `labels: 'short'` names the method (`Momentum`), for
 * figures with a slider per setting; `'preset'` spells out the defaults it
 * runs with (`SGD + momentum (μ = 0.9)`), for figures that set only the learning rate.
 */
export function menuChoices<const T extends readonly MenuItem[]>(items: T, labels: 'short' | 'preset' = 'short'): readonly Choice<ValueOfItem<T[number]>>[] {
  return items.map((item) => ({
    value: itemValue(item),
    label: labels === 'short' ? METHODS[itemId(item)].label : presetLabel(itemId(item)),
  })) as unknown as readonly Choice<ValueOfItem<T[number]>>[];
}

/**
 * Chapter 6's menu (basins, saddles): momentum is the textbook EMA form with
 * β = 0.9, so its steps are on the same scale as plain gradient descent's for
 * the same α; links call it `momentum`.
 */
export const CHAPTER_6_METHODS = ['gd', ['momentum', 'momentum-ema'], 'adam'] as const satisfies readonly MenuItem[];

/** The method behind a menu value (the first item for an unknown one). */
export function menuMethod(items: readonly MenuItem[], value: string): MethodId {
  const item = items.find((i) => itemValue(i) === value) ?? items[0];
  if (item === undefined) throw new Error('menuMethod: empty menu');
  return itemId(item);
}

/** `SGD + momentum (μ = 0.9)`: the method and the defaults of its own it runs with. */
export function presetLabel(id: MethodId): string {
  const m = method(id);
  const preset: Readonly<Record<string, number | undefined>> = m.preset ?? {};
  const notes = Object.entries(preset).map(([name, value]) => `${hyperparamOf(id, name).symbol} = ${String(value)}`);
  const name = m.longLabel ?? m.label;
  return notes.length ? `${name} (${notes.join(', ')})` : name;
}

/** A figure's departures from core's slider spec of a hyperparameter. */
export type SliderTweak = Partial<Pick<NumberSpec, 'min' | 'max' | 'digits'>>;

export interface ControlOptions<I extends MethodId> {
  /** Each method's default learning rate in this figure (the rate that works on its first surface). */
  readonly lr: { readonly [J in I]: number };
  /** Hyperparameters this figure leaves at their defaults (no slider, nothing in the URL). */
  readonly omit?: readonly string[];
  /** Ranges or digits this figure narrows, by hyperparameter (applies to every method's slider of it). */
  readonly tweak?: { readonly [param: string]: SliderTweak };
}

/**
 * The URL schema entries of the sliders of `ids`, in catalogue order: key and
 * value name from the catalogue, label `<method> <short>`, range, scale and
 * digits from core, default from the method (lr from the figure).
 */
export function controlSpecs<const I extends MethodId>(ids: readonly I[], options: ControlOptions<I>): { readonly [N in ControlName<I>]: NumberSpec } {
  const out: Record<string, NumberSpec> = {};
  for (const id of ids) {
    const m = method(id);
    const preset: Readonly<Record<string, number | undefined>> = m.preset ?? {};
    for (const c of controlsOf(id)) {
      if (options.omit?.includes(c.param)) continue;
      const h = hyperparamOf(id, c.param);
      const t = options.tweak?.[c.param] ?? {};
      const def = c.param === 'lr' ? options.lr[id] : (preset[c.param] ?? h.default);
      out[c.name] = {
        kind: 'number',
        key: c.key,
        label: `${m.label} ${c.param === 'lr' ? 'lr' : (c.label ?? h.symbol)}`,
        default: def,
        min: t.min ?? h.min,
        max: t.max ?? h.max,
        ...(h.scale === 'log' ? { scale: 'log' as const } : {}),
        digits: t.digits ?? h.digits,
      };
    }
  }
  return out as { readonly [N in ControlName<I>]: NumberSpec };
}

/** The value names of a method's sliders that a schema declares, in order (for `<Controls names>`). */
export function controlNames<S extends object>(id: MethodId, schema: S): (keyof S & string)[] {
  return controlsOf(id)
    .map((c) => c.name)
    .filter((n): n is keyof S & string => Object.hasOwn(schema, n));
}

/**
 * The optimizer for method `id` from a figure's values: each of the method's
 * sliders the figure has (a value name its schema declares), the rest at the
 * method's defaults.
 *
 *   optimizerFromValues('adam', raceValues); // { id: 'adam', params: { lr: raceValues.lrAdam, beta1: raceValues.beta1 } }
 */
export function optimizerFromValues<I extends MethodId>(id: I, values: { readonly [N in ControlName<I>]?: number }): OptimizerCall<OptimizerOf<I>> {
  const byName = values as Readonly<Record<string, number | undefined>>;
  const tuned: Record<string, number> = {};
  for (const c of controlsOf(id)) {
    const value = byName[c.name];
    if (value !== undefined) tuned[c.param] = value;
  }
  return optimizerFor(id, tuned as unknown as Tuned<I>);
}
