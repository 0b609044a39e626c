import { describe, expect, it } from 'vitest';
import { decode, decodeControls, decodeValue, encode, encodeControls, encodeValue, paramKey, queryString, writeParams } from '~/state/codec';
import { defaultsOf } from '~/state/schema';
import { schema } from './fixtures';

const q = (s: string) => new URLSearchParams(s);

describe('encode', () => {
  it('writes nothing for the defaults', () => {
    expect(encode(schema, defaultsOf(schema), 'race')).toEqual([]);
  });

  it('writes only changed values, in schema order, under the figure id', () => {
    const v = { ...defaultsOf(schema), opt: 'gd' as const, lr: 0.02 };
    expect(encode(schema, v, 'race')).toEqual([
      ['race.lr', '0.02'],
      ['race.opt', 'gd'],
    ]);
  });

  it('writes short keys without a prefix when none is given', () => {
    expect(encode(schema, { ...defaultsOf(schema), steps: 250 })).toEqual([['n', '250']]);
  });

  it('writes each kind in its readable form', () => {
    const v = { ...defaultsOf(schema), lr: 0.000123456, momentum: 0.5, grid: true, start: [0.125, -0.5] as const, source: 'sin(x) * y', runs: ['adam', 'momentum'] as const };
    expect(queryString(new URLSearchParams(encode(schema, v, 'race')))).toBe(
      'race.lr=0.00012&race.m=0.5&race.grid=1&race.x0=0.13,-0.5&race.f=sin%28x%29+*+y&race.runs=momentum,adam',
    );
  });

  it('repairs invalid values before writing them', () => {
    const v = { ...defaultsOf(schema), lr: 50, opt: 'bogus' as 'gd' };
    expect(encode(schema, v, 'race')).toEqual([['race.lr', '1']]);
  });
});

describe('encodeValue', () => {
  it('never writes a plus sign in an exponent or a negative zero', () => {
    expect(encodeValue({ kind: 'number', key: 'k', label: 'K', default: 1, min: 0, max: 1e30, digits: 0 }, 1e22)).toBe('1e22');
    expect(encodeValue(schema.momentum, -0)).toBe('0');
  });
});

describe('decode', () => {
  it('reads every kind back', () => {
    const { values, ignored } = decode(schema, q('race.lr=0.02&race.m=0.5&race.n=7&race.grid=1&race.opt=gd&race.x0=1,-0.5&race.f=x*y&race.runs=rmsprop'), 'race');
    expect(ignored).toEqual([]);
    expect(values).toEqual({ lr: 0.02, momentum: 0.5, steps: 7, grid: true, opt: 'gd', start: [1, -0.5], source: 'x*y', runs: ['rmsprop'] });
  });

  it('clamps out-of-range numbers and reports it', () => {
    const { values, ignored } = decode(schema, q('race.lr=9&race.x0=9,9'), 'race');
    expect(values.lr).toBe(1);
    expect(values.start).toEqual([2, 3]);
    expect(ignored).toEqual([
      { key: 'race.lr', raw: '9', reason: 'out of range, clamped to 1', action: 'clamped' },
      { key: 'race.x0', raw: '9,9', reason: 'outside the plot, moved to 2,3', action: 'clamped' },
    ]);
  });

  it('drops unreadable values with a reason and keeps the default', () => {
    const { values, ignored } = decode(schema, q('race.lr=fast&race.grid=yes&race.opt=sgd&race.n=2.5&race.m=1e999'), 'race');
    expect(values).toEqual(defaultsOf(schema));
    expect(ignored.map((i) => [i.key, i.action, i.reason])).toEqual([
      ['race.lr', 'dropped', 'not a number'],
      ['race.grid', 'dropped', 'not 1 or 0'],
      ['race.opt', 'dropped', 'not one of gd, momentum, adam'],
      ['race.n', 'dropped', 'not a whole number'],
      ['race.m', 'dropped', 'not a finite number'],
    ]);
  });

  it('refuses number forms JavaScript would accept but people do not write', () => {
    for (const raw of ['0x10', 'Infinity', 'NaN', ' 1', '1_000', '', '.', '1e', '0b1']) {
      expect(decode(schema, q(`race.m=${encodeURIComponent(raw)}`), 'race').values.momentum).toBe(0.9);
    }
  });

  it('reads -0 as 0', () => {
    expect(Object.is(decode(schema, q('race.m=-0'), 'race').values.momentum, 0)).toBe(true);
  });

  it('rounds to the declared digits', () => {
    expect(decode(schema, q('race.m=0.123456'), 'race').values.momentum).toBe(0.123);
  });

  it('reports unknown keys under its prefix and leaves other figures alone', () => {
    const { ignored } = decode(schema, q('race.speed=3&other.lr=0.5&utm_source=x&race.hide=lr'), 'race');
    expect(ignored).toEqual([{ key: 'race.speed', raw: '3', reason: 'no such setting', action: 'unknown' }]);
  });

  it('reads only its own prefix', () => {
    expect(decode(schema, q('lr=0.5&other.lr=0.5'), 'race').values.lr).toBe(0.01);
    expect(decode(schema, q('lr=0.5&race.lr=0.2'), 'race').values.lr).toBe(0.2);
    expect(decode(schema, q('lr=0.5'), undefined).values.lr).toBe(0.5);
  });

  it('says so when one of its keys comes without the figure’s name, and does not read it', () => {
    const { values, ignored } = decode(schema, q('lr=0.5&utm_source=x'), 'race');
    expect(values.lr).toBe(0.01);
    expect(ignored).toEqual([{ key: 'lr', raw: '0.5', reason: 'not read: on this page it is race.lr', action: 'unknown' }]);
    expect(decode(schema, q('lr=0.5'), undefined).ignored).toEqual([]);
  });

  it('keeps text its check refuses, and reports why', () => {
    const checked = { text: { kind: 'string', key: 'f', label: 'f', default: 'x', maxLength: 20, check: (t: string) => (t.includes(')') ? 'unbalanced' : null) } } as const;
    const { values, ignored } = decode(checked, q('f=x)'), undefined);
    expect(values.text).toBe('x)');
    expect(ignored).toEqual([{ key: 'f', raw: 'x)', reason: 'unbalanced', action: 'kept' }]);
    expect(decode(checked, q('f=x%2By'), undefined).ignored).toEqual([]);
  });

  it('uses the first of repeated keys and reports the rest', () => {
    const { values, ignored } = decode(schema, q('race.lr=0.2&race.lr=0.3'), 'race');
    expect(values.lr).toBe(0.2);
    expect(ignored).toEqual([{ key: 'race.lr', raw: '0.3', reason: 'given more than once, the first is used', action: 'duplicate' }]);
  });

  it('keeps the known items of a list and reports the rest', () => {
    const { values, ignored } = decode(schema, q('race.runs=adam,<script>,gd'), 'race');
    expect(values.runs).toEqual(['gd', 'adam']);
    expect(ignored[0]).toMatchObject({ key: 'race.runs', action: 'trimmed' });
    expect(ignored[0]?.reason).toContain('<script>');
  });

  it('cannot be steered into prototype pollution', () => {
    const { values } = decode(schema, q('__proto__=1&race.__proto__=x&constructor=1&race.constructor.prototype=1&__proto__.polluted=1'), 'race');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(values)).toEqual(Object.keys(schema));
  });

  it('shortens long raw values in its report', () => {
    const { ignored } = decode(schema, q(`race.f=${'a'.repeat(5000)}`), 'race');
    expect(ignored[0]?.raw.length).toBeLessThanOrEqual(60);
    expect(ignored[0]?.reason).toBe('too long');
  });
});

describe('decodeValue', () => {
  it('reads a value without a schema around it', () => {
    expect(decodeValue(schema.grid, 'true')).toEqual({ ok: true, value: true });
    expect(decodeValue(schema.runs, '')).toEqual({ ok: false, reason: 'fewer than 1 known items' });
  });
});

describe('writeParams and queryString', () => {
  it('replaces this figure’s keys and keeps everything else', () => {
    const before = q('other.lr=0.5&race.lr=0.2&race.hide=opt&page=2');
    const v = { ...defaultsOf(schema), steps: 5 };
    const after = writeParams(schema, v, before, 'race', { hide: ['lr'], lock: [] });
    expect(after.toString()).toBe('other.lr=0.5&page=2&race.n=5&race.hide=lr');
    expect(before.toString()).toBe('other.lr=0.5&race.lr=0.2&race.hide=opt&page=2');
  });

  it('keeps commas readable and still round-trips', () => {
    const params = new URLSearchParams([['race.x0', '-1.5,2'], ['race.f', 'a,b c']]);
    const s = queryString(params);
    expect(s).toBe('race.x0=-1.5,2&race.f=a,b+c');
    expect([...new URLSearchParams(s)]).toEqual([...params]);
  });
});

describe('hide and lock', () => {
  it('reads control names or keys, in schema order', () => {
    expect(decodeControls(schema, q('race.hide=opt,m&race.lock=x0'), 'race')).toEqual({ hide: ['momentum', 'opt'], lock: ['start'], ignored: [] });
  });

  it('reports unknown controls and repeated lists', () => {
    const r = decodeControls(schema, q('hide=lr,__proto__&hide=opt'));
    expect(r.hide).toEqual(['lr']);
    expect(r.ignored.map((i) => i.action)).toEqual(['trimmed', 'duplicate']);
  });

  it('round-trips through the URL with short keys', () => {
    const entries = encodeControls(schema, { hide: ['start', 'lr'], lock: ['runs'] }, 'race');
    expect(entries).toEqual([
      ['race.hide', 'lr,x0'],
      ['race.lock', 'runs'],
    ]);
    expect(decodeControls(schema, new URLSearchParams(entries), 'race')).toEqual({ hide: ['lr', 'start'], lock: ['runs'], ignored: [] });
  });

  it('writes nothing for empty lists', () => {
    expect(encodeControls(schema, { hide: [], lock: [] })).toEqual([]);
  });
});

describe('paramKey', () => {
  it('prefixes with the figure id only when there is one', () => {
    expect(paramKey('lr', 'race')).toBe('race.lr');
    expect(paramKey('lr')).toBe('lr');
    expect(paramKey('lr', '')).toBe('lr');
  });
});
