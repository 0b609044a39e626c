/**
 * Widget parameter schemas. Each widget declares its parameters once; the same
 * declaration builds the controls, validates and clamps values, encodes the URL
 * (see `codec.ts`) and documents the widget in the instructors' gallery
 * (TF Playground's `state.ts` PROPS table, done with types).
 *
 *   export const raceSchema = defineSchema({
 *     lr: { kind: 'number', key: 'lr', label: 'Learning rate', default: 0.01, min: 0.0001, max: 1, scale: 'log', digits: 2 },
 *     opt: { kind: 'choice', key: 'opt', label: 'Optimizer', default: 'adam', choices: [{ value: 'gd', label: 'GD' }, { value: 'adam', label: 'Adam' }] },
 *   });
 *   type RaceValues = Values<typeof raceSchema>; // { lr: number; opt: 'gd' | 'adam' }
 *
 * Values objects are built with `Object.fromEntries` from the schema's own names
 * only, so nothing read from a URL ever becomes a property name, and they stay
 * plain objects that Svelte's `$state` can proxy.
 */
import type { Domain } from '~/core/types';

interface SpecBase {
  /** Short URL key, e.g. `lr`. Letters, digits, `_` and `-`; unique within the schema. */
  readonly key: string;
  /** Control label, in the book's words. */
  readonly label: string;
  /** One line for the gallery and the control's description. */
  readonly help?: string;
}

/** A real number in [min, max], shown and encoded with `digits` decimals (significant digits on a log scale). */
export interface NumberSpec extends SpecBase {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  /** Slider scale; `log` needs min > 0 and makes `digits` count significant digits. */
  readonly scale?: 'linear' | 'log';
  readonly digits: number;
  readonly unit?: string;
}

/** A whole number in [min, max]. */
export interface IntSpec extends SpecBase {
  readonly kind: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly unit?: string;
}

/** On or off; encoded `1` / `0`. */
export interface BooleanSpec extends SpecBase {
  readonly kind: 'boolean';
  readonly default: boolean;
}

/** One entry of a choice or list. */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** One value out of a fixed list. */
export interface ChoiceSpec<V extends string = string> extends SpecBase {
  readonly kind: 'choice';
  readonly default: V;
  readonly choices: readonly Choice<V>[];
}

/** A 2-D point inside `domain`, each coordinate with `digits` decimals; encoded `x,y`. */
export interface PointSpec extends SpecBase {
  readonly kind: 'point';
  readonly default: readonly [number, number];
  readonly domain: Domain;
  readonly digits: number;
}

/** Free text (e.g. a custom function's source), at most `maxLength` UTF-16 units, never HTML. */
export interface StringSpec extends SpecBase {
  readonly kind: 'string';
  readonly default: string;
  readonly maxLength: number;
  /** Optional whole-string pattern the text must match. */
  readonly pattern?: RegExp;
  /**
   * Optional check of what the text means (a formula that must parse): the
   * reason it cannot be used, or null. The text is kept as written (the reader
   * can mend it where it is shown) and the reason reported as any bad value's is.
   */
  readonly check?: (text: string) => string | null;
}

/** A subset of fixed choices (a set: kept in the choices' order, no repeats); encoded `a,b`. */
export interface ListSpec<V extends string = string> extends SpecBase {
  readonly kind: 'list';
  readonly default: readonly V[];
  readonly choices: readonly Choice<V>[];
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** Any parameter declaration. */
export type ParamSpec = NumberSpec | IntSpec | BooleanSpec | ChoiceSpec | PointSpec | StringSpec | ListSpec;

/** A widget's parameters by name. */
export type Schema = Readonly<Record<string, ParamSpec>>;

/** The value type a parameter declaration holds. */
export type ValueOf<P extends ParamSpec> = P extends NumberSpec | IntSpec
  ? number
  : P extends BooleanSpec
    ? boolean
    : P extends ChoiceSpec<infer V>
      ? V
      : P extends PointSpec
        ? readonly [number, number]
        : P extends StringSpec
          ? string
          : P extends ListSpec<infer V>
            ? readonly V[]
            : never;

/** A full set of values for a schema. */
export type Values<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Why a value was changed or refused. */
export interface Problem {
  readonly name: string;
  /** `clamped`: kept, moved into range; `dropped`: refused, default used instead; `trimmed`: some list items removed; `kept`: kept as written though it cannot be used (text a reader can mend). */
  readonly action: 'clamped' | 'dropped' | 'trimmed' | 'kept';
  readonly reason: string;
}

/** Result of checking one value against its declaration. */
export type Checked<T> = { readonly ok: true; readonly value: T; readonly note?: Omit<Problem, 'name'> } | { readonly ok: false; readonly reason: string };

/** Keys a schema may not use: they carry the embed's `hide=` and `lock=` lists. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['hide', 'lock']);

/**
 * Identity with literal inference, so `Values<typeof s>` knows each choice.
 *
 *   const s = defineSchema({ on: { kind: 'boolean', key: 'on', label: 'On', default: true } });
 */
export function defineSchema<const S extends Schema>(schema: S): S {
  return schema;
}

/** The schema's names, own keys only, in declaration order. */
export function namesOf(schema: Schema): string[] {
  return Object.keys(schema);
}

function specOf(schema: Schema, name: string): ParamSpec | undefined {
  return Object.prototype.hasOwnProperty.call(schema, name) ? schema[name] : undefined;
}

function clampTo(v: number, min: number, max: number): number {
  return v < min ? min : v > max ? max : v;
}

/**
 * Round a number the way `spec` displays it: `digits` decimals, or `digits`
 * significant digits on a log scale. Never returns -0.
 *
 *   roundNumber({ digits: 2 }, 0.123) // 0.12
 */
export function roundNumber(spec: { readonly digits: number; readonly scale?: 'linear' | 'log' }, v: number): number {
  if (!Number.isFinite(v)) return v;
  const r =
    spec.scale === 'log' && v !== 0
      ? Number(v.toPrecision(Math.min(15, Math.max(1, Math.floor(spec.digits)))))
      : Number(v.toFixed(Math.min(15, Math.max(0, Math.floor(spec.digits)))));
  return r + 0;
}

/**
 * The canonical form of a valid value: numbers rounded to their digits and
 * clamped, lists deduplicated in choice order, arrays copied. Two values are the
 * same parameter setting exactly when their canonical forms are equal.
 */
export function canonical<P extends ParamSpec>(spec: P, value: ValueOf<P>): ValueOf<P>;
export function canonical(spec: ParamSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'number':
      return clampTo(roundNumber(spec, value as number), spec.min, spec.max);
    case 'int':
      return clampTo(Math.round(value as number), spec.min, spec.max) + 0;
    case 'point': {
      const [x, y] = value as readonly [number, number];
      return [
        clampTo(roundNumber(spec, x), Math.min(...spec.domain.x), Math.max(...spec.domain.x)),
        clampTo(roundNumber(spec, y), Math.min(...spec.domain.y), Math.max(...spec.domain.y)),
      ] as const;
    }
    case 'list': {
      const set = new Set(value as readonly string[]);
      return spec.choices.map((c) => c.value).filter((v) => set.has(v));
    }
    default:
      return value;
  }
}

/**
 * Whether two valid values are the same setting (compared in canonical form).
 *
 *   sameValue(lrSpec, 0.0101, 0.01) // true when digits is 2 on a log scale
 */
export function sameValue<P extends ParamSpec>(spec: P, a: ValueOf<P>, b: ValueOf<P>): boolean {
  return identical(canonical(spec, a), canonical(spec, b));
}

/** C0 control characters and DEL, except tab, line feed and carriage return (code may span lines). */
export function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/**
 * Check an arbitrary value against a declaration: refuse the wrong type,
 * clamp numbers into range (with a note), round to the declared digits,
 * drop unknown list items (with a note). Never throws.
 *
 *   checkValue(lrSpec, 5) // { ok: true, value: 1, note: { action: 'clamped', ... } }
 */
export function checkValue<P extends ParamSpec>(spec: P, value: unknown): Checked<ValueOf<P>>;
export function checkValue(spec: ParamSpec, value: unknown): Checked<unknown> {
  switch (spec.kind) {
    case 'number':
    case 'int': {
      if (typeof value !== 'number' || Number.isNaN(value)) return { ok: false, reason: 'not a number' };
      if (!Number.isFinite(value)) return { ok: false, reason: 'not a finite number' };
      if (spec.kind === 'int' && !Number.isInteger(value)) return { ok: false, reason: 'not a whole number' };
      const v = canonical(spec, value);
      if (value < spec.min || value > spec.max) {
        return { ok: true, value: v, note: { action: 'clamped', reason: `out of range, clamped to ${v}` } };
      }
      return { ok: true, value: v };
    }
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, reason: 'not true or false' };
    case 'choice':
      return typeof value === 'string' && spec.choices.some((c) => c.value === value)
        ? { ok: true, value }
        : { ok: false, reason: `not one of ${spec.choices.map((c) => c.value).join(', ')}` };
    case 'point': {
      if (!Array.isArray(value) || value.length !== 2) return { ok: false, reason: 'not a point x,y' };
      const [x, y]: unknown[] = value;
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
        return { ok: false, reason: 'coordinates are not finite numbers' };
      }
      const v = canonical(spec, [x, y] as const);
      const inside = x >= Math.min(...spec.domain.x) && x <= Math.max(...spec.domain.x) && y >= Math.min(...spec.domain.y) && y <= Math.max(...spec.domain.y);
      return inside ? { ok: true, value: v } : { ok: true, value: v, note: { action: 'clamped', reason: `outside the plot, moved to ${v[0]},${v[1]}` } };
    }
    case 'string': {
      if (typeof value !== 'string') return { ok: false, reason: 'not text' };
      if (value.length > spec.maxLength) return { ok: false, reason: `longer than ${spec.maxLength} characters` };
      if (hasControlChars(value)) return { ok: false, reason: 'contains control characters' };
      if (spec.pattern !== undefined && !new RegExp(`^(?:${spec.pattern.source})$`, spec.pattern.flags.replace(/[gy]/g, '')).test(value)) {
        return { ok: false, reason: 'not in the expected form' };
      }
      const why = spec.check?.(value) ?? null;
      if (why !== null) return { ok: true, value, note: { action: 'kept', reason: why } };
      return { ok: true, value };
    }
    case 'list': {
      if (!Array.isArray(value)) return { ok: false, reason: 'not a list' };
      const known = new Set(spec.choices.map((c) => c.value));
      const items: unknown[] = value;
      const unknown = items.filter((v) => typeof v !== 'string' || !known.has(v));
      let v = canonical(spec, items.filter((x): x is string => typeof x === 'string' && known.has(x)));
      let note: Omit<Problem, 'name'> | undefined;
      if (unknown.length > 0) note = { action: 'trimmed', reason: `unknown ${unknown.length === 1 ? 'item' : 'items'} ${unknown.map((u) => JSON.stringify(String(u)).slice(0, 40)).join(', ')} left out` };
      if (spec.maxItems !== undefined && v.length > spec.maxItems) {
        v = v.slice(0, spec.maxItems);
        note = { action: 'trimmed', reason: `more than ${spec.maxItems} items, kept the first ${spec.maxItems}` };
      }
      if (v.length < (spec.minItems ?? 0)) return { ok: false, reason: `fewer than ${spec.minItems ?? 0} known items` };
      return note === undefined ? { ok: true, value: v } : { ok: true, value: v, note };
    }
  }
}

/**
 * Fresh default values (arrays copied).
 *
 *   defaultsOf(raceSchema) // { lr: 0.01, opt: 'adam' }
 */
export function defaultsOf<S extends Schema>(schema: S): Values<S> {
  return Object.fromEntries(namesOf(schema).map((name) => [name, copy(schema[name]?.default)])) as Values<S>;
}

function copy(v: unknown): unknown {
  return Array.isArray(v) ? [...(v as unknown[])] : v;
}

/**
 * Check every parameter: missing or invalid ones take their default, numbers are
 * clamped and rounded, and each change is reported. Names not in the schema are
 * ignored. Never throws.
 *
 *   validate(raceSchema, { lr: 7 }) // { values: { lr: 1, opt: 'adam' }, problems: [{ name: 'lr', action: 'clamped', ... }] }
 */
export function validate<S extends Schema>(schema: S, input: Readonly<Record<string, unknown>>): { values: Values<S>; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries = namesOf(schema).map((name): [string, unknown] => {
    const spec = schema[name] as ParamSpec;
    if (!Object.prototype.hasOwnProperty.call(input, name)) return [name, copy(spec.default)];
    const r = checkValue(spec, input[name]);
    if (!r.ok) {
      problems.push({ name, action: 'dropped', reason: r.reason });
      return [name, copy(spec.default)];
    }
    if (r.note !== undefined) problems.push({ name, ...r.note });
    return [name, r.value];
  });
  return { values: Object.fromEntries(entries) as Values<S>, problems };
}

/**
 * `validate` without the report: clamp and repair values for use.
 *
 *   clampValues(raceSchema, { lr: 7, opt: 'adam' }).lr // 1
 */
export function clampValues<S extends Schema>(schema: S, input: Readonly<Record<string, unknown>>): Values<S> {
  return validate(schema, input).values;
}

/**
 * The parameters whose value differs from the default (compared in canonical form).
 *
 *   diffFromDefaults(raceSchema, { lr: 0.02, opt: 'adam' }) // { lr: 0.02 }
 */
export function diffFromDefaults<S extends Schema>(schema: S, values: Values<S>): Partial<Values<S>> {
  const entries: [string, unknown][] = [];
  for (const name of namesOf(schema)) {
    const spec = schema[name] as ParamSpec;
    const v = values[name];
    if (!sameValue(spec, v as never, spec.default as never)) entries.push([name, v]);
  }
  return Object.fromEntries(entries) as Partial<Values<S>>;
}

/** One row of a widget's parameter table in the gallery. */
export interface DocRow {
  readonly name: string;
  readonly key: string;
  readonly label: string;
  readonly type: string;
  readonly default: string;
  readonly range: string;
  readonly unit?: string;
  readonly help?: string;
}

function showDefault(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'boolean':
      return spec.default ? 'on' : 'off';
    case 'point':
      return `${spec.default[0]},${spec.default[1]}`;
    case 'list':
      return spec.default.join(',') || '(none)';
    case 'string':
      return spec.default === '' ? '(empty)' : spec.default;
    default:
      return String(spec.default);
  }
}

function showRange(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
    case 'int':
      return `${spec.min} to ${spec.max}`;
    case 'boolean':
      return 'on or off';
    case 'choice':
      return spec.choices.map((c) => c.value).join(' | ');
    case 'point':
      return `x ${spec.domain.x[0]} to ${spec.domain.x[1]}, y ${spec.domain.y[0]} to ${spec.domain.y[1]}`;
    case 'string':
      return `up to ${spec.maxLength} characters`;
    case 'list': {
      const n = spec.maxItems === undefined ? '' : ` (${spec.minItems ?? 0} to ${spec.maxItems})`;
      return `any of ${spec.choices.map((c) => c.value).join(', ')}${n}`;
    }
  }
}

/**
 * Documentation rows for the instructors' gallery, in declaration order.
 *
 *   describe(raceSchema)[0] // { name: 'lr', key: 'lr', type: 'number (log scale)', default: '0.01', range: '0.0001 to 1', ... }
 */
export function describe(schema: Schema): DocRow[] {
  return namesOf(schema).map((name) => {
    const spec = schema[name] as ParamSpec;
    const type = spec.kind === 'number' && spec.scale === 'log' ? 'number (log scale)' : spec.kind === 'int' ? 'whole number' : spec.kind;
    const unit = spec.kind === 'number' || spec.kind === 'int' ? spec.unit : undefined;
    return {
      name,
      key: spec.key,
      label: spec.label,
      type,
      default: showDefault(spec),
      range: showRange(spec),
      ...(unit === undefined ? {} : { unit }),
      ...(spec.help === undefined ? {} : { help: spec.help }),
    };
  });
}

const KEY_FORM = /^[A-Za-z][A-Za-z0-9_-]{0,15}$/;

/**
 * Mistakes in a schema declaration, as sentences (empty when sound): bad or
 * duplicate keys, reserved keys, empty ranges, log scales that reach zero,
 * bounds or defaults that are not representable at the declared digits, and
 * defaults that are not valid. Run it in each widget's unit test.
 *
 *   expect(schemaProblems(raceSchema)).toEqual([]);
 */
export function schemaProblems(schema: Schema): string[] {
  const out: string[] = [];
  const seen = new Map<string, string>();
  for (const name of namesOf(schema)) {
    const spec = specOf(schema, name);
    if (spec === undefined) continue;
    if (!KEY_FORM.test(spec.key)) out.push(`${name}: key "${spec.key}" is not a short URL key`);
    if (RESERVED_KEYS.has(spec.key)) out.push(`${name}: key "${spec.key}" is reserved`);
    const other = seen.get(spec.key);
    if (other !== undefined) out.push(`${name}: key "${spec.key}" is also used by ${other}`);
    seen.set(spec.key, name);
    if (spec.kind === 'number' || spec.kind === 'int') {
      if (!(spec.min < spec.max)) out.push(`${name}: min is not below max`);
      if (spec.kind === 'number' && spec.scale === 'log' && !(spec.min > 0)) out.push(`${name}: a log scale needs min > 0`);
      if (spec.kind === 'number') {
        for (const [what, v] of [['min', spec.min], ['max', spec.max], ['default', spec.default]] as const) {
          if (roundNumber(spec, v) !== v) out.push(`${name}: ${what} ${v} is not representable with ${spec.digits} digits`);
        }
      }
    }
    if (spec.kind === 'choice' || spec.kind === 'list') {
      const values = spec.choices.map((c) => c.value);
      if (new Set(values).size !== values.length) out.push(`${name}: choices repeat`);
      if (values.some((v) => v.includes(','))) out.push(`${name}: a choice contains a comma`);
    }
    const r = checkValue(spec, spec.default);
    if (!r.ok || r.note !== undefined) out.push(`${name}: default is not valid (${r.ok ? (r.note?.reason ?? '') : r.reason})`);
    else if (!identical(canonical(spec, spec.default as never), spec.default)) out.push(`${name}: default is not in canonical form (digits, order)`);
  }
  return out;
}

function identical(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
