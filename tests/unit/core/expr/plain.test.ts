import { describe, expect, it } from 'vitest';
import { parseOrThrow, toPlain, toSource } from '../../../../src/core/expr';

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
