/**
 * The URL codec: widget values <-> query parameters. Pure, on URLSearchParams
 * (never `window.location`), so it is unit-tested like any function.
 *
 * It writes only non-default values, in their canonical digits, under short
 * keys prefixed by the figure id (`?race.lr=0.02&race.opt=adam`). It reads
 * defensively: out-of-range numbers are clamped, unreadable values dropped,
 * unknown keys under our prefix reported, and every such event is listed so the
 * widget can say what it ignored. It never throws, and nothing it returns is of
 * a type the schema did not declare. URL keys are only ever looked up in a Map,
 * so keys such as `__proto__` cannot reach an object.
 *
 *   const { values, ignored } = decode(raceSchema, new URLSearchParams(location.search), 'race');
 *   history.replaceState(null, '', '?' + queryString(writeParams(raceSchema, values, params, 'race')));
 */
import { checkValue, defaultsOf, diffFromDefaults, namesOf, RESERVED_KEYS, roundNumber, type ParamSpec, type Schema, type Values } from './schema';

/** Something in the URL the codec did not take as written. */
export interface Ignored {
  /** The full URL key, e.g. `race.lr`. */
  readonly key: string;
  /** The raw value, shortened to 60 characters. Display as text, never as HTML. */
  readonly raw: string;
  /** A sentence fragment for the reader: "out of range, clamped to 1". */
  readonly reason: string;
  /** `clamped`/`trimmed`: used after repair; `kept`: kept as written, not usable; `dropped`: default used; `unknown`: no such parameter; `duplicate`: a repeated key. */
  readonly action: 'clamped' | 'trimmed' | 'kept' | 'dropped' | 'unknown' | 'duplicate';
}

/** Longest raw value the codec even tries to read (strings also obey their own maxLength). */
export const MAX_RAW_LENGTH = 4096;

const NUMBER_FORM = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

function shorten(raw: string): string {
  return raw.length > 60 ? raw.slice(0, 59) + '…' : raw;
}

/**
 * The URL key for a parameter key under a figure id.
 *
 *   paramKey('lr', 'race') // "race.lr"
 */
export function paramKey(key: string, prefix?: string): string {
  return prefix === undefined || prefix === '' ? key : `${prefix}.${key}`;
}

function numberText(v: number): string {
  // "1e+21" would turn into "1e 21" when typed into a URL by hand.
  return String(v + 0).replace('e+', 'e');
}

/**
 * One value as URL text: numbers in the declared digits, booleans `1`/`0`,
 * points `x,y`, lists `a,b`.
 *
 *   encodeValue(lrSpec, 0.0123) // "0.012" on a 2-significant-digit log scale
 */
export function encodeValue(spec: ParamSpec, value: unknown): string {
  switch (spec.kind) {
    case 'number':
      return numberText(roundNumber(spec, value as number));
    case 'int':
      return numberText(Math.round(value as number));
    case 'boolean':
      return value ? '1' : '0';
    case 'point': {
      const [x, y] = value as readonly [number, number];
      return `${numberText(roundNumber(spec, x))},${numberText(roundNumber(spec, y))}`;
    }
    case 'list':
      return (value as readonly string[]).join(',');
    default:
      return String(value);
  }
}

function parseNumber(raw: string): number | undefined {
  if (!NUMBER_FORM.test(raw)) return undefined;
  return Number(raw);
}

/** Turn URL text into a candidate JS value of the declared type, or a reason it is not one. */
function parseRaw(spec: ParamSpec, raw: string): { value: unknown } | { reason: string } {
  switch (spec.kind) {
    case 'number':
    case 'int': {
      const v = parseNumber(raw);
      return v === undefined ? { reason: 'not a number' } : { value: v };
    }
    case 'boolean':
      if (raw === '1' || raw === 'true') return { value: true };
      if (raw === '0' || raw === 'false') return { value: false };
      return { reason: 'not 1 or 0' };
    case 'point': {
      const parts = raw.split(',');
      const x = parts.length === 2 ? parseNumber(parts[0] ?? '') : undefined;
      const y = parts.length === 2 ? parseNumber(parts[1] ?? '') : undefined;
      return x === undefined || y === undefined ? { reason: 'not a point x,y' } : { value: [x, y] };
    }
    case 'list':
      return { value: raw === '' ? [] : raw.split(',') };
    default:
      return { value: raw };
  }
}

/**
 * Read one raw URL value against its declaration. Never throws.
 *
 *   decodeValue(lrSpec, '7') // { ok: true, value: 1, note: { action: 'clamped', reason: 'out of range, clamped to 1' } }
 */
export function decodeValue(
  spec: ParamSpec,
  raw: string,
): { ok: true; value: unknown; note?: { action: 'clamped' | 'trimmed' | 'kept'; reason: string } } | { ok: false; reason: string } {
  if (raw.length > MAX_RAW_LENGTH) return { ok: false, reason: 'too long' };
  const parsed = parseRaw(spec, raw);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason };
  const r = checkValue(spec, parsed.value);
  if (!r.ok) return r;
  if (r.note === undefined) return { ok: true, value: r.value };
  const action = r.note.action === 'dropped' ? 'trimmed' : r.note.action;
  return { ok: true, value: r.value, note: { action, reason: r.note.reason } };
}

/**
 * URL entries for the values that differ from their defaults, in schema order,
 * keys prefixed by the figure id. Values are validated first, so whatever is
 * passed, what is written is readable back.
 *
 *   encode(raceSchema, { lr: 0.02, opt: 'adam' }, 'race') // [["race.lr", "0.02"]]
 */
export function encode<S extends Schema>(schema: S, values: Values<S>, prefix?: string): [string, string][] {
  const clean = checkAll(schema, values);
  const diff = diffFromDefaults(schema, clean);
  const out: [string, string][] = [];
  for (const name of namesOf(schema)) {
    if (!Object.prototype.hasOwnProperty.call(diff, name)) continue;
    const spec = schema[name] as ParamSpec;
    out.push([paramKey(spec.key, prefix), encodeValue(spec, clean[name])]);
  }
  return out;
}

function checkAll<S extends Schema>(schema: S, values: Values<S>): Values<S> {
  const entries = namesOf(schema).map((name): [string, unknown] => {
    const spec = schema[name] as ParamSpec;
    const r = checkValue(spec, (values as Record<string, unknown>)[name]);
    return [name, r.ok ? r.value : spec.default];
  });
  return Object.fromEntries(entries) as Values<S>;
}

/** Map from URL key to schema name. */
function keyIndex(schema: Schema, prefix?: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const name of namesOf(schema)) {
    const spec = schema[name];
    if (spec !== undefined) m.set(paramKey(spec.key, prefix), name);
  }
  return m;
}

/**
 * Values from the URL: defaults, overridden by every readable parameter under
 * our prefix. Clamped, trimmed, dropped, duplicate and (when a prefix is given)
 * unknown keys are listed in `ignored`, each with a reason. Never throws.
 *
 *   decode(raceSchema, new URLSearchParams('race.lr=9&race.x=1'), 'race')
 *   // values.lr === 1; ignored: [{ key: 'race.lr', action: 'clamped', ... }, { key: 'race.x', action: 'unknown', ... }]
 */
export function decode<S extends Schema>(schema: S, params: URLSearchParams, prefix?: string): { values: Values<S>; ignored: Ignored[] } {
  const index = keyIndex(schema, prefix);
  const found = new Map<string, unknown>();
  const ignored: Ignored[] = [];
  const seen = new Set<string>();
  const reserved = new Set([...RESERVED_KEYS].map((k) => paramKey(k, prefix)));
  const ours = prefix === undefined || prefix === '' ? null : `${prefix}.`;
  for (const [key, raw] of params) {
    const name = index.get(key);
    if (name === undefined) {
      if (ours !== null && key.startsWith(ours) && !reserved.has(key)) {
        ignored.push({ key: shorten(key), raw: shorten(raw), reason: 'no such setting', action: 'unknown' });
      } else if (ours !== null && !key.includes('.') && index.has(`${ours}${key}`)) {
        // One of this figure's keys without the figure's name: on a page, every key carries it.
        ignored.push({ key: shorten(key), raw: shorten(raw), reason: `not read: on this page it is ${ours}${key}`, action: 'unknown' });
      }
      continue;
    }
    if (seen.has(key)) {
      ignored.push({ key, raw: shorten(raw), reason: 'given more than once, the first is used', action: 'duplicate' });
      continue;
    }
    seen.add(key);
    const spec = schema[name] as ParamSpec;
    const r = decodeValue(spec, raw);
    if (!r.ok) {
      ignored.push({ key, raw: shorten(raw), reason: r.reason, action: 'dropped' });
      continue;
    }
    if (r.note !== undefined) ignored.push({ key, raw: shorten(raw), reason: r.note.reason, action: r.note.action });
    found.set(name, r.value);
  }
  const defaults = defaultsOf(schema) as Record<string, unknown>;
  const entries = namesOf(schema).map((name): [string, unknown] => [name, found.has(name) ? found.get(name) : defaults[name]]);
  return { values: Object.fromEntries(entries) as Values<S>, ignored };
}

/**
 * A copy of `params` with this figure's keys (its schema keys and its `hide`/`lock`
 * lists) replaced by the encoding of `values`; other figures' keys are kept.
 *
 *   writeParams(raceSchema, values, new URLSearchParams(location.search), 'race')
 */
export function writeParams<S extends Schema>(
  schema: S,
  values: Values<S>,
  params: URLSearchParams,
  prefix?: string,
  controls?: Controls,
): URLSearchParams {
  const mine = new Set([...keyIndex(schema, prefix).keys(), ...[...RESERVED_KEYS].map((k) => paramKey(k, prefix))]);
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!mine.has(k)) out.append(k, v);
  for (const [k, v] of encode(schema, values, prefix)) out.append(k, v);
  if (controls !== undefined) for (const [k, v] of encodeControls(schema, controls, prefix)) out.append(k, v);
  return out;
}

/**
 * A query string without needless escapes: commas (legal in a query, and the
 * separator of points and lists) stay readable instead of becoming `%2C`.
 *
 *   queryString(new URLSearchParams([['race.x0', '-1.5,2']])) // "race.x0=-1.5,2"
 */
export function queryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

/** Embed options: controls to hide, and controls shown but locked. Names are schema names. */
export interface Controls {
  readonly hide: readonly string[];
  readonly lock: readonly string[];
}

function controlIndex(schema: Schema): Map<string, string> {
  const m = new Map<string, string>();
  for (const name of namesOf(schema)) {
    const spec = schema[name];
    if (spec !== undefined) {
      m.set(spec.key, name);
      m.set(name, name);
    }
  }
  return m;
}

/**
 * The `hide=` and `lock=` lists of an embed (TF Playground's `_hide` keys):
 * comma-separated schema names or URL keys, returned as schema names in schema
 * order. Unknown entries are reported. Never throws.
 *
 *   decodeControls(raceSchema, new URLSearchParams('race.hide=lr,opt'), 'race') // { hide: ['lr', 'opt'], lock: [], ignored: [] }
 */
export function decodeControls(schema: Schema, params: URLSearchParams, prefix?: string): Controls & { ignored: Ignored[] } {
  const index = controlIndex(schema);
  const ignored: Ignored[] = [];
  const read = (which: 'hide' | 'lock'): string[] => {
    const key = paramKey(which, prefix);
    const raws = params.getAll(key);
    const chosen = new Set<string>();
    raws.forEach((raw, i) => {
      if (i > 0) {
        ignored.push({ key, raw: shorten(raw), reason: 'given more than once, the first is used', action: 'duplicate' });
        return;
      }
      if (raw.length > MAX_RAW_LENGTH) {
        ignored.push({ key, raw: shorten(raw), reason: 'too long', action: 'dropped' });
        return;
      }
      const unknown: string[] = [];
      for (const item of raw.split(',')) {
        if (item === '') continue;
        const name = index.get(item);
        if (name === undefined) unknown.push(item);
        else chosen.add(name);
      }
      if (unknown.length > 0) {
        ignored.push({ key, raw: shorten(raw), reason: `no such control: ${shorten(unknown.join(', '))}`, action: 'trimmed' });
      }
    });
    return namesOf(schema).filter((n) => chosen.has(n));
  };
  const hide = read('hide');
  const lock = read('lock');
  return { hide, lock, ignored };
}

/**
 * URL entries for non-empty `hide` and `lock` lists, using the short keys.
 *
 *   encodeControls(raceSchema, { hide: ['opt'], lock: [] }, 'race') // [["race.hide", "opt"]]
 */
export function encodeControls(schema: Schema, controls: Controls, prefix?: string): [string, string][] {
  const out: [string, string][] = [];
  for (const which of ['hide', 'lock'] as const) {
    const set = new Set(controls[which]);
    const keys = namesOf(schema)
      .filter((n) => set.has(n))
      .map((n) => schema[n]?.key ?? n);
    if (keys.length > 0) out.push([paramKey(which, prefix), keys.join(',')]);
  }
  return out;
}
