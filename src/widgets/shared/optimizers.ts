/**
 * The book's optimizer catalogue: every optimizer a figure offers (a "method":
 * SGD, momentum, Nesterov, ... as the chapters name them), each a core
 * optimizer with the book's own defaults. Menus, their labels and colours,
 * the URL schema entries of their sliders and the construction of the core
 * optimizer all come from here; the slider ranges, labels, TeX and digits come
 * from core's registry (`hyperparamSpecs`, through `./optimizer-sliders`, which
 * builds the sliders' schema entries). A figure lists the ids it offers and
 * says only where it departs from the catalogue.
 *
 *   optimizerFor('nesterov', { lr: 0.01, momentum: 0.9 }); // { id: 'sgd', params: { lr: 0.01, momentum: 0.9, nesterov: true } }
 *   menuChoices(['sgd', 'adam']);                          // [{ value: 'sgd', label: 'SGD' }, { value: 'adam', label: 'Adam' }]
 */
import { SYMBOLS, type OptimizerId, type OptimizerInput, type SymbolName } from '~/core/optimizers';
import type { Choice } from '~/state/schema';

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

/** What a figure sets: the learning rate, and any other numeric hyperparameter of the method's optimizer (the rest take the method's defaults). */
export type Tuned<I extends MethodId> = { readonly lr: number } & {
  readonly [P in Exclude<NumberParam<OptimizerOf<I>>, 'lr'>]?: number;
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

export function method(id: MethodId): AnyMethod {
  return METHODS[id];
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
  const notes = Object.entries(preset).map(([name, value]) => `${SYMBOLS[name as SymbolName]} = ${String(value)}`);
  const name = m.longLabel ?? m.label;
  return notes.length ? `${name} (${notes.join(', ')})` : name;
}
