import { describe, expect, it } from 'vitest';
import { compile, makeTape, parseOrThrow } from '../../../../src/core/expr';
import { makeRng } from '../../../../src/core/rng';

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
    expect(compile(parseOrThrow('1e308 * 10'))(0, 0)).toBe(Infinity);
  });
});

describe('makeTape: gradients that exist where a factor is infinite (#18.12)', () => {
  it.each<[string, number, number, number, number]>([
    // f, x, y, df/dx, df/dy
    ['sqrt(x^4 + y^4)', 0, 0, 0, 0],
    ['(x^2 + y^2)^0.75', 0, 0, 0, 0],
    ['(x^2)^0.75 * y', 0, 1, 0, 0],
    ['sqrt(x) * x', 0, 3, 0, 0],
    ['x^y', 0, 2, 0, 0],
    ['x^y', 3, 0, 0, Math.log(3)],
    ['x^(y - y + 2)', -2, 5, -4, 0],
    ['x / (1 + sqrt(y))', 1, 0, 1, NaN],
  ])('differentiates %s at (%d, %d)', (src, x, y, fx, fy) => {
    const [, gx, gy] = derivs(src, x, y);
    expect(gx).toBeCloseTo(fx, 12);
    if (Number.isNaN(fy)) expect(Number.isFinite(gy)).toBe(false);
    else expect(gy).toBeCloseTo(fy, 12);
  });

  it('gives d/dx x^y = y x^(y-1) = -4 at (-2, 2), leaving d/dy (which needs ln(-2)) undefined', () => {
    const [f, fx, fy, fxx] = derivs('x^y', -2, 2);
    expect([f, fx, fxx]).toEqual([4, -4, 2]);
    expect(fy).toBeNaN();
  });

  it('gives d/dx = 1 for sqrt(ln(y)) + x at (5, 1), where d/dy is infinite', () => {
    const [f, fx, fy, fxx, fxy, fyy] = derivs('sqrt(ln(y)) + x', 5, 1);
    expect([f, fx, fxx, fxy]).toEqual([5, 1, 0, 0]);
    expect(fy).toBe(Infinity);
    expect(Number.isFinite(fyy)).toBe(false);
  });

  it('reports the infinite curvature of (x^2 + y^2)^0.75 at the origin as infinite, not as a number', () => {
    const [, , , fxx, fxy, fyy] = derivs('(x^2 + y^2)^0.75', 0, 0);
    expect(fxx).toBe(Infinity);
    expect(fxy).toBe(0);
    expect(fyy).toBe(Infinity);
  });

  it('keeps the exact Hessian of x^2 everywhere', () => {
    for (const x of [-2, -0.5, 0, 1e-300, 3]) expect(derivs('x^2', x, 1)).toEqual([x * x, 2 * x, 0, 2, 0, 0]);
  });

  it('returns NaN derivatives where the value itself is undefined or infinite', () => {
    for (const [src, x, y] of [['sqrt(y) + x', 1, -1], ['log(x) * 0 + y', -1, 2], ['1/y^2 + x', 2, 0]] as const) {
      const d = derivs(src, x, y);
      expect(Number.isFinite(d[0])).toBe(false);
      for (const v of d.slice(1)) expect(v).toBeNaN();
    }
  });
});

describe('makeTape: min and max at a tie (#18.12)', () => {
  it.each<[string, number, number, number[]]>([
    ['max(x, y)', 1, 1, [1, 0.5, 0.5, 0, 0, 0]],
    ['min(x, y)', 1, 1, [1, 0.5, 0.5, 0, 0, 0]],
    ['max(y, x)', -2, -2, [-2, 0.5, 0.5, 0, 0, 0]],
    ['min(x, 2x)', 0, 0, [0, 1.5, 0, 0, 0, 0]],
    ['max(x^2, y^2)', 1, 1, [1, 1, 1, 1, 0, 1]],
    ['max(x^2, y^2)', 1, -1, [1, 1, -1, 1, 0, 1]],
    ['min(x, x)', 3, 0, [3, 1, 0, 0, 0, 0]],
  ])('averages the two branches of %s at (%d, %d)', (src, x, y, expected) => {
    expect(derivs(src, x, y)).toEqual(expected);
  });

  it('matches the central difference of a piecewise-linear max or min at its kink', () => {
    const rng = makeRng('expr-tie');
    for (let i = 0; i < 200; i++) {
      const c = Array.from({ length: 4 }, () => rng.int(11) - 5);
      const fn = rng.next() < 0.5 ? 'max' : 'min';
      const src = `${fn}(${c[0]}*x + ${c[1]}*y, ${c[2]}*x + ${c[3]}*y)`;
      const f = compile(parseOrThrow(src));
      const [, gx, gy] = derivs(src, 0, 0);
      expect(gx, src).toBe((f(1, 0) - f(-1, 0)) / 2);
      expect(gy, src).toBe((f(0, 1) - f(0, -1)) / 2);
    }
  });
});
