import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrThrow, toPlain, toSource, type Node } from '../../../../src/core/expr';

const plain = (s: string) => toPlain(parseOrThrow(s));

describe('toPlain', () => {
  it.each([
    ['(1 - x)^2 + 100*(y - x^2)^2', '(1 − x)² + 100(y − x²)²'],
    ['x^2 + 3y', 'x² + 3y'],
    ['-x^2', '−x²'],
    ['(-x)^2', '(−x)²'],
    ['2^-x', '2^(−x)'],
    ['x^-1', 'x⁻¹'],
    ['x^0.5', 'x^0.5'],
    ['x - (y - 1)', 'x − (y − 1)'],
    ['x - -y', 'x − (−y)'],
    ['x / (y * 2)', 'x / (y · 2)'],
    ['sin(x) * cos(y)', 'sin(x) · cos(y)'],
    ['log(x) + sqrt(y) + abs(x)', 'ln(x) + √(y) + |x|'],
    ['pi * x', 'π · x'],
    ['2pi', '2π'],
    ['min(x, y)', 'min(x, y)'],
  ])('prints %s as %s', (src, want) => {
    expect(plain(src)).toBe(want);
  });

  it('keeps the meaning: replacing the pretty symbols gives back the same tree', () => {
    for (const src of ['(1 - x)^2 + 100*(y - x^2)^2', 'x - (y - 1)', '-x^2 + 2^(x+y)', 'x / (y * 2)', 'sin(x) * cos(y) / 3']) {
      const back = plain(src)
        .replace(/\u2212/g, '-')
        .replace(/·/g, '*')
        .replace(/π/g, 'pi')
        .replace(/√/g, 'sqrt')
        .replace(/\|([^|]*)\|/g, 'abs($1)')
        .replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/g, (m) => `^(${[...m].map((c) => ('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c) >= 0 ? String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)) : '-')).join('')})`);
      expect(toSource(parseOrThrow(back))).toBe(toSource(parseOrThrow(src)));
    }
  });
});

describe('toPlain: numbers in the book\'s format (#18.13)', () => {
  it.each([
    ['2e51x', '2e51x'],
    ['2e+51*x', '2e51x'],
    ['1e-7*x', '1e\u22127x'],
    ['2.5e-7', '2.5e\u22127'],
    ['0.00001234', '1.234e\u22125'],
    ['0.0001', '0.0001'],
    ['123456.5', '123456.5'],
    ['1000000', '1e6'],
    ['1234567 * y', '1.234567e6y'],
    ['1.7976931348623157e308', '1.7976931348623157e308'],
    ['(2e51)^x', '(2e51)^x'],
    ['2e51^2', '(2e51)²'],
    ['x^1e300', 'x^1e300'],
  ])('prints %s as %s', (src, want) => {
    expect(plain(src)).toBe(want);
  });

  it('never prints Infinity or NaN, even for a tree built by hand', () => {
    const inf: Node = { kind: 'bin', op: '*', left: { kind: 'num', value: Infinity }, right: { kind: 'var', name: 'x' } };
    expect(toPlain(inf)).toBe('∞ · x');
    expect(toPlain({ kind: 'num', value: -Infinity })).toBe('\u2212∞');
    expect(toPlain({ kind: 'num', value: NaN })).not.toMatch(/NaN|Infinity/);
  });

  it('prints every finite number so that it reads back as exactly the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true, max: Number.MAX_VALUE }), (v) => {
        const text = toPlain({ kind: 'num', value: v });
        expect(text).toMatch(/^\d+(\.\d+)?(e\u2212?\d+)?$/);
        const back = parseOrThrow(text);
        expect(back).toEqual({ kind: 'num', value: v === 0 ? 0 : v });
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
