import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, MAX_LENGTH, parseExpression, parseOrThrow, toPlain, toSource, type Node } from '../../../../src/core/expr';

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

  it('prints text that parses back to the same tree, exactly as printed (#18.14)', () => {
    for (const src of [
      '(1 - x)^2 + 100*(y - x^2)^2',
      'x - (y - 1)',
      '-x^2 + 2^(x+y)',
      'x / (y * 2)',
      'sin(x) * cos(y) / 3',
      'x^2/4 + y^2 + sin(2x)*sin(2y)/2',
      'x^2 + y^2 + 2*sin(3x)*sin(3y)',
      'sqrt(x^2 + y^2) + abs(x - 1) + 2*abs(y) + pi*x^-1',
      'abs(2*abs(x) - 3*abs(sin(2*abs(y))))',
      'abs(x)^2 + sqrt(y)^2 + e^(-x^2)',
      '2*e + 2e^x + 2*exp(x) + 1e-7*e',
      'x^-0 + (-x)^-0 + x^999 + x^1000 + x^-999',
    ]) {
      const text = plain(src);
      expect(toSource(parseOrThrow(text)), `${src} printed as ${text}`).toBe(toSource(parseOrThrow(src)));
    }
  });

  it('superscripts only whole exponents below 1000, whatever a hand-built tree holds', () => {
    const x: Node = { kind: 'var', name: 'x' };
    const pow = (right: Node): string => toPlain({ kind: 'bin', op: '^', left: x, right });
    expect(pow({ kind: 'neg', arg: { kind: 'num', value: -2e51 } })).toBe('x^(−−2e51)');
    expect(pow({ kind: 'num', value: -3 })).toBe('x⁻³');
    expect(pow({ kind: 'num', value: 1e21 })).toBe('x^1e21');
  });

  it('keeps a number from running into a bar inside bars: |2 · |x||', () => {
    expect(plain('abs(2*abs(x))')).toBe('|2 · |x||');
    expect(plain('2*abs(x)')).toBe('2|x|');
    expect(plain('abs(sin(2*abs(x)))')).toBe('|sin(2|x|)|');
  });
});

/** Random expression trees, leaves first; `negative` allows negative number leaves (which the parser never makes). */
function trees(negative: boolean): fc.Arbitrary<Node> {
  const magnitude = fc.oneof(
    fc.integer({ min: 0, max: 12 }),
    fc.double({ min: 0, max: 1e12, noNaN: true }),
    fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0.5, 1e-7, 2e51, 1e6, 1e-4),
  );
  const num = (negative ? fc.tuple(magnitude, fc.boolean()).map(([v, s]) => (s && v !== 0 ? -v : v)) : magnitude).map((value): Node => ({ kind: 'num', value }));
  const symbol = fc.constantFrom<Node>({ kind: 'var', name: 'x' }, { kind: 'var', name: 'y' }, { kind: 'const', name: 'pi' }, { kind: 'const', name: 'e' });
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 5, depthSize: 'small' },
      symbol,
      num,
      tie('node').map((arg): Node => ({ kind: 'neg', arg })),
      fc.tuple(fc.constantFrom('+', '-', '*', '/', '^'), tie('node'), tie('node')).map(([op, left, right]): Node => ({ kind: 'bin', op, left, right })),
      fc.tuple(fc.constantFrom('sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'abs', 'tanh'), tie('node')).map(([fn, arg]): Node => ({ kind: 'call', fn, args: [arg] })),
      fc.tuple(fc.constantFrom('min', 'max'), tie('node'), tie('node')).map(([fn, a, b]): Node => ({ kind: 'call', fn, args: [a, b] })),
      // A number times |…|, which prints as 2|x| and must not run into an enclosing bar.
      fc.tuple(num, tie('node')).map(([left, arg]): Node => ({ kind: 'bin', op: '*', left, right: { kind: 'call', fn: 'abs', args: [arg] } })),
      // Small whole powers, printed as superscripts.
      fc.tuple(tie('node'), fc.integer({ min: -12, max: 12 })).map(([left, k]): Node => ({
        kind: 'bin',
        op: '^',
        left,
        right: k < 0 ? { kind: 'neg', arg: { kind: 'num', value: -k } } : { kind: 'num', value: k },
      })),
    ),
  }));
  return node;
}

const samePoint = (a: number, b: number): boolean => Object.is(a, b) || a === b || (Number.isNaN(a) && Number.isNaN(b));

describe('toPlain: what is printed can be typed back (#18.14)', () => {
  it('parses the printed text of any tree the parser can make back to the same tree', () => {
    fc.assert(
      fc.property(trees(false), (ast) => {
        const text = toPlain(ast);
        if (text.length > MAX_LENGTH) return;
        const r = parseExpression(text);
        expect(r.ok, `${toSource(ast)} printed as ${text}: ${r.ok ? '' : r.error.message}`).toBe(true);
        if (r.ok) expect(toSource(r.ast), text).toBe(toSource(ast));
      }),
      { numRuns: 1500, seed: 18 },
    );
  });

  it('prints any tree, negative number leaves included, as text that computes the same function', () => {
    const points: [number, number][] = [
      [0.7, -1.3],
      [-2, 0.5],
      [1, 1],
      [0, 0],
    ];
    fc.assert(
      fc.property(trees(true), (ast) => {
        const text = toPlain(ast);
        if (text.length > MAX_LENGTH) return;
        const f = compile(ast);
        const g = compile(parseOrThrow(text));
        for (const [x, y] of points) expect(samePoint(g(x, y), f(x, y)), `${toSource(ast)} printed as ${text} at (${x}, ${y})`).toBe(true);
      }),
      { numRuns: 1500, seed: 19 },
    );
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
