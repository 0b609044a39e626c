import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parseOrThrow, toTex, type Node } from '../../../../src/core/expr';

describe('toTex', () => {
  it.each([
    ['x^2 + y^2', 'x^{2} + y^{2}'],
    ['-x^2', '-x^{2}'],
    ['(-x)^2', '\\left(-x\\right)^{2}'],
    ['2x', '2x'],
    ['2*3', '2 \\cdot 3'],
    ['x*y', 'x \\cdot y'],
    ['3sin(x)', '3\\sin\\left(x\\right)'],
    ['(x+1)*(x-1)', '\\left(x + 1\\right) \\cdot \\left(x - 1\\right)'],
    ['x - (y - 1)', 'x - \\left(y - 1\\right)'],
    ['x - y + 1', 'x - y + 1'],
    ['x + -y', 'x + \\left(-y\\right)'],
    ['(x+y)/2', '\\frac{x + y}{2}'],
    ['2^(x+1)', '2^{x + 1}'],
    ['(x^2)^3', '\\left(x^{2}\\right)^{3}'],
    ['sin(x)^2', '\\left(\\sin\\left(x\\right)\\right)^{2}'],
    ['sqrt(x)', '\\sqrt{x}'],
    ['abs(x - y)', '\\left|x - y\\right|'],
    ['log(x)', '\\ln\\left(x\\right)'],
    ['max(x, y)', '\\max\\left(x, y\\right)'],
    ['pi*e', '\\pi \\cdot e'],
    ['1e-3 * x', '0.001x'],
    ['2.5e-7', '2.5 \\times 10^{-7}'],
    ['x * (2 * y)', 'x \\cdot \\left(2y\\right)'],
  ])('prints %s as %s', (src, tex) => {
    expect(toTex(parseOrThrow(src))).toBe(tex);
  });

  it('always produces TeX that KaTeX accepts', () => {
    for (const src of ['x^y^2', '-(-(-x))', 'exp(-x^2 - y^2) / (1 + tanh(x)^2)', 'min(x,y)^max(x,y)', '1e300*x', '9^9^9']) {
      expect(() => katex.renderToString(toTex(parseOrThrow(src)), { throwOnError: true })).not.toThrow();
    }
  });
});

describe('toTex: numbers as powers of ten, never Infinity (#18.13)', () => {
  it.each([
    ['2e51x', '2 \\times 10^{51}x'],
    ['1000000', '10^{6}'],
    ['1234567 * y', '1.234567 \\times 10^{6}y'],
    ['0.00001234', '1.234 \\times 10^{-5}'],
    ['0.0001', '0.0001'],
    ['(2e51)^x', '\\left(2 \\times 10^{51}\\right)^{x}'],
    ['x^1e300', 'x^{10^{300}}'],
  ])('prints %s as %s', (src, tex) => {
    expect(toTex(parseOrThrow(src))).toBe(tex);
  });

  it('writes a non-finite number in a hand-built tree as \\infty, apart from what follows', () => {
    const inf: Node = { kind: 'bin', op: '*', left: { kind: 'num', value: Infinity }, right: { kind: 'var', name: 'x' } };
    expect(toTex(inf)).toBe('\\infty \\cdot x');
    expect(() => katex.renderToString(toTex(inf), { throwOnError: true })).not.toThrow();
  });
});
