/**
 * The catalogue's sliders (the race and the playground): each method's
 * controls (`CONTROLS`), as URL schema entries with
 * core's ranges, scales and digits (`hyperparamSpecs`). Apart from the catalogue
 * so that figures with a menu but no optimizer sliders (network, basins,
 * saddle) do not ship every slider spec.
 */
import { hyperparamSpecs, optimizerInfo, type HyperparamSpec } from '~/core/optimizers';
import type { NumberSpec } from '~/state/schema';
import { method, optimizerFor, type Control, type MethodId, type NumberParam, type OptimizerCall, type OptimizerOf, type Tuned } from './optimizers';

/** Core's slider spec of one of a method's hyperparameters. */
export function hyperparamOf(id: MethodId, param: string): Extract<HyperparamSpec, { kind: 'number' }> {
  const m = method(id);
  const spec = hyperparamSpecs(optimizerInfo(m.optimizer)).find((h) => h.name === param);
  if (!spec || spec.kind !== 'number') throw new Error(`${id}: ${m.optimizer} has no numeric hyperparameter "${param}"`);
  return spec;
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
    { param: 'weightDecay', name: 'weightDecay', key: 'wd', label: 'weight decay ω' },
  ],
} as const satisfies { readonly [I in MethodId]?: readonly Control<NumberParam<OptimizerOf<I>>>[] };

type ControlsOf<I extends MethodId> = I extends keyof typeof CONTROLS ? (typeof CONTROLS)[I] : readonly [];
type ControlOf<I extends MethodId> = ControlsOf<I>[number];
/** A method's slider value names (schema fields). */
export type ControlName<I extends MethodId> = ControlOf<I>['name'];

/** A method's controls (none for gradient descent). */
export function controlsOf(id: MethodId): readonly Control[] {
  return (CONTROLS as Readonly<Record<string, readonly Control[] | undefined>>)[id] ?? [];
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
