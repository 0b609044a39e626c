import { describe as group, expect, expectTypeOf, it } from 'vitest';
import {
  canonical,
  checkValue,
  clampValues,
  defaultsOf,
  describe,
  diffFromDefaults,
  roundNumber,
  sameValue,
  schemaProblems,
  validate,
  type Values,
} from '~/state/schema';
import { schema, type Fixture } from './fixtures';

group('schema types', () => {
  it('infers each parameter value type from its declaration', () => {
    expectTypeOf<Values<Fixture>['opt']>().toEqualTypeOf<'gd' | 'momentum' | 'adam'>();
    expectTypeOf<Values<Fixture>['runs']>().toEqualTypeOf<readonly ('gd' | 'momentum' | 'rmsprop' | 'adam')[]>();
    expectTypeOf<Values<Fixture>['start']>().toEqualTypeOf<readonly [number, number]>();
    expectTypeOf<Values<Fixture>['grid']>().toEqualTypeOf<boolean>();
  });
});

group('defaultsOf', () => {
  it('collects every default in declaration order', () => {
    const d = defaultsOf(schema);
    expect(Object.keys(d)).toEqual(['lr', 'momentum', 'steps', 'grid', 'opt', 'start', 'source', 'runs']);
    expect(d).toEqual({ lr: 0.01, momentum: 0.9, steps: 100, grid: false, opt: 'adam', start: [-1.5, 2], source: 'x^2 + y^2', runs: ['gd', 'adam'] });
  });

  it('copies arrays so editing values never edits the schema', () => {
    const d = defaultsOf(schema);
    expect(d.runs).not.toBe(schema.runs.default);
    expect(d.start).not.toBe(schema.start.default);
  });

  it('returns a plain object that Svelte state can proxy', () => {
    expect(Object.getPrototypeOf(defaultsOf(schema))).toBe(Object.prototype);
  });
});

group('roundNumber', () => {
  it('rounds to decimals on a linear scale and to significant digits on a log scale', () => {
    expect(roundNumber({ digits: 2 }, 0.123)).toBe(0.12);
    expect(roundNumber({ digits: 2, scale: 'log' }, 0.0001234)).toBe(0.00012);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundNumber({ digits: 2 }, -0.001), 0)).toBe(true);
    expect(Object.is(roundNumber({ digits: 2 }, -0), 0)).toBe(true);
  });
});

group('checkValue', () => {
  it('clamps numbers into range and says so', () => {
    expect(checkValue(schema.lr, 5)).toEqual({ ok: true, value: 1, note: { action: 'clamped', reason: 'out of range, clamped to 1' } });
    expect(checkValue(schema.steps, -3)).toMatchObject({ ok: true, value: 1 });
  });

  it('rounds numbers to their digits without a note', () => {
    expect(checkValue(schema.momentum, 0.12345)).toEqual({ ok: true, value: 0.123 });
  });

  it('refuses values of the wrong type', () => {
    expect(checkValue(schema.lr, '0.1').ok).toBe(false);
    expect(checkValue(schema.lr, NaN).ok).toBe(false);
    expect(checkValue(schema.lr, Infinity).ok).toBe(false);
    expect(checkValue(schema.steps, 2.5).ok).toBe(false);
    expect(checkValue(schema.grid, 1).ok).toBe(false);
    expect(checkValue(schema.opt, 'sgd').ok).toBe(false);
    expect(checkValue(schema.start, [1]).ok).toBe(false);
    expect(checkValue(schema.start, [1, NaN]).ok).toBe(false);
    expect(checkValue(schema.source, 42).ok).toBe(false);
    expect(checkValue(schema.runs, 'gd').ok).toBe(false);
  });

  it('refuses text that is too long or holds control characters', () => {
    expect(checkValue(schema.source, 'x'.repeat(201)).ok).toBe(false);
    expect(checkValue(schema.source, 'x\u0000').ok).toBe(false);
    expect(checkValue(schema.source, 'x *\n y')).toEqual({ ok: true, value: 'x *\n y' });
  });

  it('checks text against a pattern when one is declared', () => {
    const spec = { kind: 'string', key: 's', label: 'S', default: 'a', maxLength: 5, pattern: /[a-z]+/g } as const;
    expect(checkValue(spec, 'abc').ok).toBe(true);
    expect(checkValue(spec, 'abc1').ok).toBe(false);
    // A global flag on the declared pattern must not make checks stateful.
    expect(checkValue(spec, 'abc').ok).toBe(true);
  });

  it('moves a point outside the domain onto its edge', () => {
    expect(checkValue(schema.start, [5, -4])).toEqual({ ok: true, value: [2, -1], note: { action: 'clamped', reason: 'outside the plot, moved to 2,-1' } });
  });

  it('keeps lists as sets in choice order and leaves unknown items out', () => {
    expect(checkValue(schema.runs, ['adam', 'gd', 'adam'])).toEqual({ ok: true, value: ['gd', 'adam'] });
    const r = checkValue(schema.runs, ['adam', 'sgd']);
    expect(r).toMatchObject({ ok: true, value: ['adam'], note: { action: 'trimmed' } });
  });

  it('enforces list sizes', () => {
    expect(checkValue(schema.runs, [])).toMatchObject({ ok: false });
    expect(checkValue(schema.runs, ['gd', 'momentum', 'rmsprop', 'adam'])).toMatchObject({ ok: true, value: ['gd', 'momentum', 'rmsprop'], note: { action: 'trimmed' } });
  });
});

group('validate', () => {
  it('fills missing values with defaults and reports what it changed', () => {
    const { values, problems } = validate(schema, { lr: 7, opt: 'sgd', extra: 1 });
    expect(values.lr).toBe(1);
    expect(values.opt).toBe('adam');
    expect(values.steps).toBe(100);
    expect(problems).toEqual([
      { name: 'lr', action: 'clamped', reason: 'out of range, clamped to 1' },
      { name: 'opt', action: 'dropped', reason: 'not one of gd, momentum, adam' },
    ]);
    expect(Object.keys(values)).not.toContain('extra');
  });

  it('does not read inherited properties', () => {
    const input = Object.create({ lr: 0.5 }) as Record<string, unknown>;
    expect(clampValues(schema, input).lr).toBe(0.01);
  });
});

group('diffFromDefaults', () => {
  it('keeps only values that differ after rounding', () => {
    const v = { ...defaultsOf(schema), lr: 0.0101, momentum: 0.5, runs: ['adam', 'gd'] as const };
    expect(diffFromDefaults(schema, v)).toEqual({ momentum: 0.5 });
  });

  it('is empty for the defaults', () => {
    expect(diffFromDefaults(schema, defaultsOf(schema))).toEqual({});
  });
});

group('sameValue and canonical', () => {
  it('treat values equal when they display the same', () => {
    expect(sameValue(schema.start, [0.001, 1], [0, 1])).toBe(true);
    expect(canonical(schema.steps, 2.6)).toBe(3);
  });
});

group('describe', () => {
  it('gives one documentation row per parameter', () => {
    const rows = describe(schema);
    expect(rows.map((r) => r.key)).toEqual(['lr', 'm', 'n', 'grid', 'opt', 'x0', 'f', 'runs']);
    expect(rows[0]).toEqual({ name: 'lr', key: 'lr', label: 'Learning rate', type: 'number (log scale)', default: '0.01', range: '0.0001 to 1' });
    expect(rows[2]).toMatchObject({ type: 'whole number', unit: 'steps', range: '1 to 1000' });
    expect(rows[3]).toMatchObject({ default: 'off', range: 'on or off' });
    expect(rows[4]).toMatchObject({ default: 'adam', range: 'gd | momentum | adam' });
    expect(rows[5]).toMatchObject({ default: '-1.5,2', range: 'x -2 to 2, y -1 to 3' });
    expect(rows[6]).toMatchObject({ range: 'up to 200 characters' });
    expect(rows[7]).toMatchObject({ default: 'gd,adam', range: 'any of gd, momentum, rmsprop, adam (1 to 3)' });
  });
});

group('schemaProblems', () => {
  it('finds nothing wrong with a sound schema', () => {
    expect(schemaProblems(schema)).toEqual([]);
  });

  it('reports bad keys, reserved keys, duplicates, empty ranges and invalid defaults', () => {
    const problems = schemaProblems({
      a: { kind: 'number', key: 'a b', label: 'A', default: 0.5, min: 0, max: 1, digits: 1 },
      b: { kind: 'boolean', key: 'hide', label: 'B', default: false },
      c: { kind: 'int', key: 'c', label: 'C', default: 5, min: 3, max: 3 },
      d: { kind: 'int', key: 'c', label: 'D', default: 1, min: 0, max: 3 },
      e: { kind: 'number', key: 'e', label: 'E', default: 0.125, min: 0, max: 1, digits: 2 },
      f: { kind: 'number', key: 'f', label: 'F', default: 1, min: 0, max: 10, scale: 'log', digits: 2 },
      g: { kind: 'choice', key: 'g', label: 'G', default: 'z', choices: [{ value: 'y', label: 'Y' }, { value: 'y', label: 'Y' }] },
      h: { kind: 'list', key: 'h', label: 'H', default: ['b', 'a'], choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    });
    const text = problems.join('\n');
    expect(text).toContain('a: key "a b" is not a short URL key');
    expect(text).toContain('b: key "hide" is reserved');
    expect(text).toContain('c: min is not below max');
    expect(text).toContain('d: key "c" is also used by c');
    expect(text).toContain('e: default 0.125 is not representable with 2 digits');
    expect(text).toContain('f: a log scale needs min > 0');
    expect(text).toContain('g: choices repeat');
    expect(text).toContain('g: default is not valid');
    expect(text).toContain('h: default is not in canonical form');
  });
});
