import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, decodeControls, decodeValue, encode, queryString } from '~/state/codec';
import { canonical, checkValue, hasControlChars, type ParamSpec, type Values } from '~/state/schema';
import { schema, type Fixture } from './fixtures';

const names = Object.keys(schema) as (keyof Fixture)[];

const noControl = (s: string) => !hasControlChars(s);

/** Any valid value for a declaration (including out-of-digits numbers, which encode rounds). */
function valueOf(spec: ParamSpec): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'number':
      return fc.double({ min: spec.min, max: spec.max, noNaN: true });
    case 'int':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
    case 'point':
      return fc.tuple(fc.double({ min: spec.domain.x[0], max: spec.domain.x[1], noNaN: true }), fc.double({ min: spec.domain.y[0], max: spec.domain.y[1], noNaN: true }));
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s.length <= spec.maxLength && noControl(s));
    case 'list':
      return fc.subarray(spec.choices.map((c) => c.value), { minLength: spec.minItems ?? 0, maxLength: spec.maxItems ?? spec.choices.length });
  }
}

const valuesArb = fc.record(Object.fromEntries(names.map((n) => [n, valueOf(schema[n])]))) as fc.Arbitrary<Values<Fixture>>;

function canonicalAll(v: Values<Fixture>): Record<string, unknown> {
  return Object.fromEntries(names.map((n) => [n, canonical(schema[n] as ParamSpec, v[n] as never)]));
}

/** True when `v` is exactly what the schema allows: the declared type, in range, in canonical form. */
function isValid(spec: ParamSpec, v: unknown): boolean {
  const r = checkValue(spec, v);
  if (!r.ok || r.note !== undefined) return false;
  return JSON.stringify(canonical(spec, v as never)) === JSON.stringify(v) && !Object.is(v, -0);
}

const hostile = [
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)', '1e999', '-1e999', 'NaN', 'Infinity', '-0', '0x10', '1e-400', '', ' ', ',', ',,', '1,', ',1', '1,2,3',
  '\u0000', '\u202e', '𝔁²', '💥', 'a'.repeat(10_000), '9'.repeat(400), '%00', '%', '&', '=', 'true', '1', '0',
  'gd,gd,gd', 'adam,__proto__', '{"a":1}', '[1,2]',
];

const ourKeys = names.map((n) => (schema[n] as ParamSpec).key);
const keyArb = fc.oneof(
  fc.constantFrom(...ourKeys.map((k) => `race.${k}`), 'race.hide', 'race.lock', ...ourKeys),
  fc.constantFrom(...hostile.map((h) => `race.${h}`), ...hostile),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 8 }).map((s) => `race.${s}`),
);
const rawArb = fc.oneof(fc.constantFrom(...hostile), fc.string({ unit: 'binary', maxLength: 30 }), fc.double().map(String), fc.string({ maxLength: 20 }));
const paramsArb = fc.array(fc.tuple(keyArb, rawArb), { maxLength: 16 }).map((entries) => new URLSearchParams(entries));

describe('codec properties', () => {
  it('decodes what it encodes, up to the declared digits, with nothing ignored', () => {
    fc.assert(
      fc.property(valuesArb, (v) => {
        const text = queryString(new URLSearchParams(encode(schema, v, 'race')));
        const { values, ignored } = decode(schema, new URLSearchParams(text), 'race');
        expect(ignored).toEqual([]);
        expect(values).toEqual(canonicalAll(v));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips without a prefix too', () => {
    fc.assert(
      fc.property(valuesArb, (v) => {
        expect(decode(schema, new URLSearchParams(encode(schema, v)), undefined).values).toEqual(canonicalAll(v));
      }),
      { numRuns: 200 },
    );
  });

  it('encodes a decoded value to the same URL (canonical form is a fixed point)', () => {
    fc.assert(
      fc.property(valuesArb, (v) => {
        const once = encode(schema, v, 'race');
        const again = encode(schema, decode(schema, new URLSearchParams(once), 'race').values, 'race');
        expect(again).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random and hostile input, and only returns values the schema allows', () => {
    fc.assert(
      fc.property(paramsArb, fc.constantFrom('race', undefined), (params, prefix) => {
        const { values, ignored } = decode(schema, params, prefix);
        expect(Object.keys(values)).toEqual(names);
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
        for (const n of names) expect(isValid(schema[n] as ParamSpec, values[n])).toBe(true);
        for (const i of ignored) {
          expect(typeof i.key).toBe('string');
          expect(i.raw.length).toBeLessThanOrEqual(60);
          expect(i.reason.length).toBeGreaterThan(0);
        }
        const c = decodeControls(schema, params, prefix);
        for (const n of [...c.hide, ...c.lock]) expect(names).toContain(n);
      }),
      { numRuns: 1000 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accounts for every key of ours: taken as written, or listed in ignored', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const { values, ignored } = decode(schema, params, 'race');
        const reported = new Set(ignored.map((i) => i.key));
        const seen = new Set<string>();
        for (const [key, raw] of params) {
          const name = names.find((n) => `race.${(schema[n] as ParamSpec).key}` === key);
          if (name === undefined) {
            if (key.startsWith('race.') && key !== 'race.hide' && key !== 'race.lock') expect(reported.has(key.length > 60 ? key.slice(0, 59) + '…' : key)).toBe(true);
            continue;
          }
          if (seen.has(key)) {
            expect(reported.has(key)).toBe(true);
            continue;
          }
          seen.add(key);
          // Not reported means read cleanly, and that reading is the value used.
          if (!reported.has(key)) {
            const r = decodeValue(schema[name] as ParamSpec, raw);
            expect(r.ok && r.note === undefined).toBe(true);
            if (r.ok) expect(values[name]).toEqual(r.value);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
