import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, ExprError, makeTape, parseExpression, parseObjective, parseOrThrow, toSource, toTex } from '../../../../src/core/expr';
import { makeRng, type Rng } from '../../../../src/core/rng';

/** A random expression as source text with an independent reference evaluator. */
interface Gen {
  readonly src: string;
  readonly ref: (x: number, y: number) => number;
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const sp = (rng: Rng): string => pick(rng, ['', ' ', '  ']);

/**
 * Random well-formed expressions, fully bracketed so the reference needs no
 * precedence rules. `smooth` restricts to functions that are smooth everywhere,
 * for finite-difference checks; `vars` limits the variables that appear.
 */
function gen(rng: Rng, depth: number, smooth: boolean, vars: 'xy' | 'x' | 'y' = 'xy'): Gen {
  if (depth <= 0 || rng.next() < 0.25) {
    switch (rng.int(4)) {
      case 0:
        return vars === 'y' ? { src: 'y', ref: (_x, y) => y } : { src: 'x', ref: (x) => x };
      case 1:
        return vars === 'x' ? { src: 'x', ref: (x) => x } : { src: 'y', ref: (_x, y) => y };
      case 2: {
        const v = Number((rng.next() * 4).toFixed(rng.int(4)));
        return { src: String(v), ref: () => v };
      }
      default:
        return rng.next() < 0.5 ? { src: 'pi', ref: () => Math.PI } : { src: 'e', ref: () => Math.E };
    }
  }
  const a = gen(rng, depth - 1, smooth, vars);
  const b = gen(rng, depth - 1, smooth, vars);
  const unary: [string, (v: number) => number][] = smooth
    ? [
        ['sin', Math.sin],
        ['cos', Math.cos],
        ['tanh', Math.tanh],
      ]
    : [
        ['sin', Math.sin],
        ['cos', Math.cos],
        ['tan', Math.tan],
        ['exp', Math.exp],
        ['log', Math.log],
        ['ln', Math.log],
        ['sqrt', Math.sqrt],
        ['abs', Math.abs],
        ['tanh', Math.tanh],
      ];
  switch (rng.int(smooth ? 6 : 8)) {
    case 0:
      return { src: `(${a.src}${sp(rng)}+${sp(rng)}${b.src})`, ref: (x, y) => a.ref(x, y) + b.ref(x, y) };
    case 1:
      return { src: `(${a.src}${sp(rng)}${pick(rng, ['-', '\u2212'])}${sp(rng)}${b.src})`, ref: (x, y) => a.ref(x, y) - b.ref(x, y) };
    case 2:
      return { src: `(${a.src}${sp(rng)}${pick(rng, ['*', '\u00d7'])}${sp(rng)}${b.src})`, ref: (x, y) => a.ref(x, y) * b.ref(x, y) };
    case 3:
      return smooth
        ? { src: `(${a.src}/(1+(${b.src})^2))`, ref: (x, y) => a.ref(x, y) / (1 + b.ref(x, y) ** 2) }
        : { src: `(${a.src}/${b.src})`, ref: (x, y) => a.ref(x, y) / b.ref(x, y) };
    case 4: {
      const [name, fn] = pick(rng, unary);
      return { src: `${name}(${a.src})`, ref: (x, y) => fn(a.ref(x, y)) };
    }
    case 5: {
      if (smooth) {
        const k = 1 + rng.int(3);
        return { src: `(${a.src})${pick(rng, ['^', '**'])}${k}`, ref: (x, y) => a.ref(x, y) ** k };
      }
      return { src: `(-${a.src})`, ref: (x, y) => -a.ref(x, y) };
    }
    case 6:
      return { src: `(${a.src})^(${b.src})`, ref: (x, y) => Math.pow(a.ref(x, y), b.ref(x, y)) };
    default:
      return rng.next() < 0.5
        ? { src: `min(${a.src},${sp(rng)}${b.src})`, ref: (x, y) => Math.min(a.ref(x, y), b.ref(x, y)) }
        : { src: `max(${a.src},${b.src})`, ref: (x, y) => Math.max(a.ref(x, y), b.ref(x, y)) };
  }
}

function sameNumber(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
}

describe('fuzzing the expression language', () => {
  it('never throws anything but ExprError on random strings', () => {
    const alphabet = fc.constantFrom(...[...'xy0123456789.eE+-*/^(),  sincoталpqrz_$[]{}\'"`\\;:!?<>=&|||~#@%\u2212\u00d7·⋅÷π√√²²³⁻⁻¹f']);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: alphabet, maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 })), (s) => {
        const r = parseExpression(s);
        if (!r.ok) {
          expect(r.error).toBeInstanceOf(ExprError);
          expect(r.error.column).toBeGreaterThanOrEqual(1);
          expect(r.error.column).toBeLessThanOrEqual(s.length + 1);
          expect(r.error.length).toBeGreaterThanOrEqual(0);
        } else {
          const o = parseObjective(s);
          expect(o.ok).toBe(true);
          if (o.ok) {
            expect(typeof o.objective.f([0.5, -0.25])).toBe('number');
            o.objective.grad([0.5, -0.25], new Float64Array(2));
          }
        }
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it('evaluates random valid expressions exactly like a reference evaluator', () => {
    const rng = makeRng('expr-eval');
    for (let i = 0; i < 1500; i++) {
      const g = gen(rng, 1 + rng.int(5), false);
      const r = parseExpression(g.src);
      expect(r.ok, g.src).toBe(true);
      if (!r.ok) continue;
      const f = compile(r.ast);
      const tape = makeTape(r.ast);
      const out = new Float64Array(3);
      for (let k = 0; k < 5; k++) {
        const x = rng.next() * 6 - 3;
        const y = rng.next() * 6 - 3;
        expect(sameNumber(f(x, y), g.ref(x, y)), `${g.src} at (${x}, ${y}): ${f(x, y)} vs ${g.ref(x, y)}`).toBe(true);
        expect(sameNumber(tape.grad(x, y, out)[0] ?? NaN, g.ref(x, y)), g.src).toBe(true);
      }
      // Printing and re-parsing gives the same tree; the TeX is well-formed for KaTeX's purposes.
      expect(toSource(parseOrThrow(toSource(r.ast)))).toBe(toSource(r.ast));
      expect(toTex(r.ast).length).toBeGreaterThan(0);
    }
  });

  it('has gradients and Hessians that match central differences on random smooth expressions', () => {
    const rng = makeRng('expr-grad');
    const h = 1e-5;
    for (let i = 0; i < 400; i++) {
      const g = gen(rng, 1 + rng.int(4), true);
      const tape = makeTape(parseOrThrow(g.src));
      const d = new Float64Array(6);
      const p = new Float64Array(3);
      const m = new Float64Array(3);
      const x = rng.next() * 4 - 2;
      const y = rng.next() * 4 - 2;
      tape.hessian(x, y, d);
      const scale = (v: number): number => 1e-5 * (1 + Math.abs(v));
      const fx = (g.ref(x + h, y) - g.ref(x - h, y)) / (2 * h);
      const fy = (g.ref(x, y + h) - g.ref(x, y - h)) / (2 * h);
      expect(Math.abs((d[1] ?? NaN) - fx), `${g.src} fx`).toBeLessThan(scale(fx));
      expect(Math.abs((d[2] ?? NaN) - fy), `${g.src} fy`).toBeLessThan(scale(fy));
      tape.grad(x + h, y, p);
      tape.grad(x - h, y, m);
      const fxx = ((p[1] ?? 0) - (m[1] ?? 0)) / (2 * h);
      const fxy = ((p[2] ?? 0) - (m[2] ?? 0)) / (2 * h);
      tape.grad(x, y + h, p);
      tape.grad(x, y - h, m);
      const fyy = ((p[2] ?? 0) - (m[2] ?? 0)) / (2 * h);
      expect(Math.abs((d[3] ?? NaN) - fxx), `${g.src} fxx`).toBeLessThan(scale(fxx));
      expect(Math.abs((d[4] ?? NaN) - fxy), `${g.src} fxy`).toBeLessThan(scale(fxy));
      expect(Math.abs((d[5] ?? NaN) - fyy), `${g.src} fyy`).toBeLessThan(scale(fyy));
    }
  });

  it('has gradients and Hessians that match central differences on random expressions of the whole grammar, wherever they are smooth', () => {
    // Smooth at a point means: finite values around it and two step sizes that agree,
    // so no kink, tie, pole or edge of the domain lies within reach of the stencil.
    const rng = makeRng('expr-grad-any');
    const d = new Float64Array(6);
    const p = new Float64Array(3);
    const m = new Float64Array(3);
    let checked = 0;
    let hessians = 0;
    const trials = 3000;
    for (let i = 0; i < trials; i++) {
      const g = gen(rng, 1 + rng.int(4), false);
      const tape = makeTape(parseOrThrow(g.src));
      const x = rng.next() * 4 - 2;
      const y = rng.next() * 4 - 2;
      const diff = (h: number, dx: number, dy: number): number => (g.ref(x + h * dx, y + h * dy) - g.ref(x - h * dx, y - h * dy)) / (2 * h);
      const fx = diff(1e-5, 1, 0);
      const fy = diff(1e-5, 0, 1);
      const tol = (v: number): number => 1e-6 * (1 + Math.abs(v)) + 1e-9 * Math.abs(g.ref(x, y));
      const smooth =
        [fx, fy, g.ref(x, y)].every(Number.isFinite) &&
        Math.abs(fx - diff(1e-4, 1, 0)) < tol(fx) &&
        Math.abs(fy - diff(1e-4, 0, 1)) < tol(fy);
      if (!smooth) continue;
      checked++;
      tape.hessian(x, y, d);
      expect(Math.abs((d[1] ?? NaN) - fx), `${g.src} fx at (${x}, ${y})`).toBeLessThan(2 * tol(fx));
      expect(Math.abs((d[2] ?? NaN) - fy), `${g.src} fy at (${x}, ${y})`).toBeLessThan(2 * tol(fy));
      // The Hessian against central differences of the tape's own gradient, under the same test of smoothness.
      const slope = (h: number, dx: number, dy: number, i: 1 | 2): number =>
        ((tape.grad(x + h * dx, y + h * dy, p)[i] ?? NaN) - (tape.grad(x - h * dx, y - h * dy, m)[i] ?? NaN)) / (2 * h);
      for (const [k, dx, dy, i] of [[3, 1, 0, 1], [4, 0, 1, 1], [5, 0, 1, 2]] as const) {
        const fd = slope(1e-5, dx, dy, i);
        if (!Number.isFinite(fd) || Math.abs(fd - slope(1e-4, dx, dy, i)) >= tol(fd)) continue;
        hessians++;
        expect(Math.abs((d[k] ?? NaN) - fd), `${g.src} Hessian[${k - 3}] at (${x}, ${y})`).toBeLessThan(2 * tol(fd));
      }
    }
    expect(checked).toBeGreaterThan(trials / 2);
    expect(hessians).toBeGreaterThan(trials);
  });

  it('differentiates g(x) + h(y) and g(x) h(y) in x exactly as g alone, however singular h is at the point', () => {
    // On a lattice of round numbers h(y) often sits on sqrt(0), log(1) = 0, a tie of
    // min/max or a negative base: d/dx must not inherit h's infinite or undefined slope.
    const rng = makeRng('expr-separable');
    const lattice = [-2, -1, -0.5, 0, 0.5, 1, 2];
    const dg = new Float64Array(6);
    const df = new Float64Array(6);
    let checked = 0;
    for (let i = 0; i < 1500; i++) {
      const g = gen(rng, 1 + rng.int(3), true, 'x');
      const h = gen(rng, 1 + rng.int(4), false, 'y');
      const x = pick(rng, lattice);
      const y = pick(rng, lattice);
      const hv = h.ref(x, y);
      if (!Number.isFinite(hv)) continue;
      checked++;
      makeTape(parseOrThrow(g.src)).hessian(x, y, dg);
      makeTape(parseOrThrow(`(${g.src}) + (${h.src})`)).hessian(x, y, df);
      const sum = `(${g.src}) + (${h.src}) at (${x}, ${y})`;
      expect(sameNumber(df[1] ?? NaN, dg[1] ?? NaN), `${sum}: fx ${df[1]} vs ${dg[1]}`).toBe(true);
      expect(sameNumber(df[3] ?? NaN, dg[3] ?? NaN), `${sum}: fxx ${df[3]} vs ${dg[3]}`).toBe(true);
      expect(df[4], sum).toBe(0);
      makeTape(parseOrThrow(`(${g.src}) * (${h.src})`)).hessian(x, y, df);
      const product = `(${g.src}) * (${h.src}) at (${x}, ${y})`;
      expect(sameNumber(df[1] ?? NaN, (dg[1] ?? NaN) * hv), `${product}: fx ${df[1]}`).toBe(true);
      expect(sameNumber(df[3] ?? NaN, (dg[3] ?? NaN) * hv), `${product}: fxx ${df[3]}`).toBe(true);
    }
    expect(checked).toBeGreaterThan(500);
  });

  it.each([
    ['constructor', "Unknown name 'constructor' at column 1"],
    ['__proto__', "Unknown name '__proto__' at column 1"],
    ['toString', "Unknown name 'toString' at column 1"],
    ['valueOf(x)', "Unknown name 'valueOf' at column 1"],
    ['hasOwnProperty(x)', "Unknown name 'hasOwnProperty' at column 1"],
    ['x.constructor', "Unexpected character '.' at column 2"],
    ['x["constructor"]', "Unexpected character '[' at column 2"],
    ['[]', "Unexpected character '[' at column 1"],
    ['{}', "Unexpected character '{' at column 1"],
    ['alert(1)', "Unknown name 'alert' at column 1"],
    ['eval("x")', "Unexpected character '\"' at column 6"],
    ['Function("return 1")()', "Unexpected character '\"' at column 10"],
    ['Function(x)', "Unknown name 'Function' at column 1"],
    ['eval(x)', "Unknown name 'eval' at column 1"],
    ['this', "Unknown name 'this' at column 1"],
    ['x; y', "Unexpected character ';' at column 2"],
    ['`x`', "Unexpected character '`' at column 1"],
    ['x => x', "Unexpected character '=' at column 3"],
    ['sin.call(x)', "Unexpected character '.' at column 4"],
    ['sin + 1', "Expected '(' after function sin at column 5"],
    ['Math.PI', "Unexpected character '.' at column 5"],
    ['Math', "Unknown name 'Math' at column 1"],
    ['\u0000', 'Unexpected character U+0000 at column 1'],
    ['x\u200by', 'Unexpected character U+200B at column 2'],
  ])('rejects hostile input %j cleanly', (src, message) => {
    const r = parseExpression(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(message);
  });

  it('survives 10000 open parentheses, a 100000-character input and huge exponents', () => {
    for (const src of ['('.repeat(10000), '('.repeat(10000) + 'x' + ')'.repeat(10000), 'x+'.repeat(50000) + 'x', '-'.repeat(10000) + 'x']) {
      const r = parseExpression(src);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toBeInstanceOf(ExprError);
    }
    const huge = parseObjective('9^9^9 * x + y');
    expect(huge.ok).toBe(true);
    if (huge.ok) {
      expect(huge.objective.f([1, 0])).toBe(Infinity);
      expect(huge.objective.f([0, 0])).toBeNaN(); // Infinity * 0
    }
    const big = parseObjective('x^1e308^2');
    expect(big.ok).toBe(true);
  });
});
