import { describe, expect, it } from 'vitest';
import { holds, meets, parseAnswer } from '~/state/facts';

describe('checking a figure against an exercise', () => {
  it.each([
    [{ fact: 'steps', lt: 10 }, true],
    [{ fact: 'steps', lt: 8 }, false],
    [{ fact: 'steps', le: 8 }, true],
    [{ fact: 'steps', gt: 7, lt: 9 }, true],
    [{ fact: 'steps', ge: 9 }, false],
    [{ fact: 'lr', near: 0.2, tol: 0.01 }, true],
    [{ fact: 'lr', near: 0.25, tol: 0.01 }, false],
    [{ fact: 'status', eq: 'converged' }, true],
    [{ fact: 'status', eq: 'diverged' }, false],
    [{ fact: 'missing', gt: 0 }, false],
    [{ fact: 'loss', lt: 1 }, false],
  ])('%o holds: %s', (c, expected) => {
    expect(holds({ steps: 8, lr: 0.205, status: 'converged', loss: Number.NaN }, c)).toBe(expected);
  });

  it('lists every failed condition', () => {
    const v = meets({ steps: 12 }, [{ fact: 'steps', lt: 10, hint: 'too slow' }, { fact: 'steps', gt: 0 }]);
    expect(v.ok).toBe(false);
    expect(v.failed.map((c) => c.hint)).toEqual(['too slow']);
  });

  it('cannot be fooled by inherited property names', () => {
    expect(holds({}, { fact: 'constructor' })).toBe(false);
    expect(holds({}, { fact: '__proto__' })).toBe(false);
  });
});

describe('reading a typed answer', () => {
  it.each([
    ['0.2', 0.2],
    [' 0.2 ', 0.2],
    ['+3', 3],
    ['\u22121.5', -1.5],
    ['0,25', 0.25],
    ['1e-3', 0.001],
    ['.5', 0.5],
    ['2.', 2],
  ])('reads %s as %s', (text, v) => {
    expect(parseAnswer(text)).toBeCloseTo(v, 12);
  });

  it.each(['', 'abc', '1/2', '0x10', 'Infinity', 'NaN', '1e999', '2 3 4', '--1'])('refuses %s', (text) => {
    expect(parseAnswer(text)).toBeNull();
  });
});
