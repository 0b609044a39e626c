import { describe, expect, it } from 'vitest';
import { compile, makeTape, parseOrThrow } from '../../../../src/core/expr';

/** [f, fx, fy, fxx, fxy, fyy] by automatic differentiation. */
function derivs(src: string, x: number, y: number): number[] {
  return Array.from(makeTape(parseOrThrow(src)).hessian(x, y, new Float64Array(6)));
}

describe('makeTape: exact derivatives of known functions', () => {
  const x = 0.8;
  const y = -0.6;
  it.each<[string, number[]]>([
    ['x^2 * y', [x * x * y, 2 * x * y, x * x, 2 * y, 2 * x, 0]],
    ['x*y', [x * y, y, x, 0, 1, 0]],
    ['x/y', [x / y, 1 / y, -x / (y * y), 0, -1 / (y * y), (2 * x) / y ** 3]],
    ['sin(x) * cos(y)', [Math.sin(x) * Math.cos(y), Math.cos(x) * Math.cos(y), -Math.sin(x) * Math.sin(y), -Math.sin(x) * Math.cos(y), -Math.cos(x) * Math.sin(y), -Math.sin(x) * Math.cos(y)]],
    ['exp(x + 2y)', [Math.exp(x + 2 * y), Math.exp(x + 2 * y), 2 * Math.exp(x + 2 * y), Math.exp(x + 2 * y), 2 * Math.exp(x + 2 * y), 4 * Math.exp(x + 2 * y)]],
    ['log(x)', [Math.log(x), 1 / x, 0, -1 / (x * x), 0, 0]],
    ['sqrt(x)', [Math.sqrt(x), 0.5 / Math.sqrt(x), 0, -0.25 * x ** -1.5, 0, 0]],
    ['abs(y)', [Math.abs(y), 0, -1, 0, 0, 0]],
    ['tanh(x)', [Math.tanh(x), 1 - Math.tanh(x) ** 2, 0, -2 * Math.tanh(x) * (1 - Math.tanh(x) ** 2), 0, 0]],
    ['tan(x)', [Math.tan(x), 1 + Math.tan(x) ** 2, 0, 2 * Math.tan(x) * (1 + Math.tan(x) ** 2), 0, 0]],
    ['x^y', [x ** y, y * x ** (y - 1), x ** y * Math.log(x), y * (y - 1) * x ** (y - 2), x ** (y - 1) * (1 + y * Math.log(x)), x ** y * Math.log(x) ** 2]],
    ['2^x', [2 ** x, 2 ** x * Math.LN2, 0, 2 ** x * Math.LN2 ** 2, 0, 0]],
    ['min(x, y)', [y, 0, 1, 0, 0, 0]],
    ['max(x, y^2)', [x, 1, 0, 0, 0, 0]],
    ['-x^3', [-(x ** 3), -3 * x * x, 0, -6 * x, 0, 0]],
    ['x^0', [1, 0, 0, 0, 0, 0]],
    ['x^1', [x, 1, 0, 0, 0, 0]],
    ['3', [3, 0, 0, 0, 0, 0]],
    ['pi * e', [Math.PI * Math.E, 0, 0, 0, 0, 0]],
  ])('differentiates %s', (src, expected) => {
    const got = derivs(src, x, y);
    for (let i = 0; i < 6; i++) expect(got[i]).toBeCloseTo(expected[i] ?? NaN, 12);
  });

  it('gives a gradient at x = 0 for x^2 (integer power of zero)', () => {
    expect(derivs('x^2', 0, 0)).toEqual([0, 0, 0, 2, 0, 0]);
    expect(derivs('x^3', 0, 0)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('agrees on value between the closure and the tape, and grad() matches hessian()', () => {
    const src = 'sin(x*y) + x^3/(1 + y^2) - exp(-x^2)';
    const ast = parseOrThrow(src);
    const f = compile(ast);
    const tape = makeTape(ast);
    const g = tape.grad(0.3, 1.7, new Float64Array(3));
    const h = tape.hessian(0.3, 1.7, new Float64Array(6));
    expect(g[0]).toBe(f(0.3, 1.7));
    expect(Array.from(g)).toEqual(Array.from(h.subarray(0, 3)));
  });
});

describe('compile: constant folding and non-finite values', () => {
  it('folds 9^9^9 to Infinity without crashing', () => {
    expect(compile(parseOrThrow('9^9^9'))(0, 0)).toBe(Infinity);
    expect(compile(parseOrThrow('x + 9^9^9'))(1, 0)).toBe(Infinity);
    const g = makeTape(parseOrThrow('x * 9^9^9')).grad(1, 0, new Float64Array(3));
    expect(g[0]).toBe(Infinity);
  });

  it('returns NaN or Infinity for undefined operations instead of throwing', () => {
    expect(compile(parseOrThrow('log(0)'))(0, 0)).toBe(-Infinity);
    expect(compile(parseOrThrow('sqrt(x)'))(-1, 0)).toBeNaN();
    expect(compile(parseOrThrow('1/x'))(0, 0)).toBe(Infinity);
    expect(compile(parseOrThrow('1e999'))(0, 0)).toBe(Infinity);
  });
});
