import { describe, expect, it } from 'vitest';
import { compile, ExprError, MAX_DEPTH, MAX_LENGTH, parseExpression, parseOrThrow, toSource, tokenize } from '../../../../src/core/expr';

const value = (src: string, x = 0.7, y = -1.3): number => compile(parseOrThrow(src))(x, y);

describe('tokenize', () => {
  it.each([
    ['1e-3', [0.001]],
    ['2.5E+2', [250]],
    ['.5', [0.5]],
    ['3.', [3]],
    ['007', [7]],
  ])('reads the number %s', (src, values) => {
    const toks = tokenize(src).filter((t) => t.type === 'num');
    expect(toks.map((t) => t.value)).toEqual(values);
  });

  it('stops a number before an e that is not an exponent, so 2e means 2 times e', () => {
    expect(tokenize('2e').map((t) => t.type)).toEqual(['num', 'name', 'eof']);
    expect(value('2e')).toBeCloseTo(2 * Math.E, 14);
    expect(value('2e+1')).toBe(20);
  });

  it('records 0-based spans', () => {
    const [a, b, c] = tokenize('  x +y');
    expect([a?.start, a?.end, b?.start, c?.start]).toEqual([2, 3, 4, 5]);
  });
});

describe('parseExpression: precedence and associativity', () => {
  it.each([
    ['-x^2', -(0.7 ** 2)],
    ['-2^2', -4],
    ['2^3^2', 512],
    ['2^-1', 0.5],
    ['2^-x', 2 ** -0.7],
    ['1 - 2 - 3', -4],
    ['8 / 4 / 2', 1],
    ['2 * 3 + 4 * 5', 26],
    ['(2 + 3) * 4', 20],
    ['2x', 1.4],
    ['2x^2', 2 * 0.49],
    ['3sin(x)', 3 * Math.sin(0.7)],
    ['2(x + 1)', 3.4],
    ['(x + 1)(y - 1)', 1.7 * -2.3],
    ['(x)2', 1.4],
    ['2pi', 2 * Math.PI],
    ['x ** 2', 0.49],
    ['x \u2212 y', 2],
    ['x \u00d7 y', 0.7 * -1.3],
    ['--x', 0.7],
    ['+x', 0.7],
    ['x^2^0', 0.7],
    ['min(x, y) + max(x, y)', 0.7 + -1.3],
    ['ln(e)', 1],
    ['log(e^2)', 2],
    ['sqrt(abs(y))', Math.sqrt(1.3)],
    ['tanh(0)', 0],
    ['tan(pi/4)', Math.tan(Math.PI / 4)],
    ['exp(0) + cos(0)', 2],
  ])('evaluates %s at (0.7, -1.3) to %d', (src, expected) => {
    expect(value(src)).toBeCloseTo(expected, 12);
  });

  it('reads -x^2 as -(x^2) and 2^3^2 as 2^(3^2) in the tree', () => {
    expect(toSource(parseOrThrow('-x^2'))).toBe('(-(x ^ 2))');
    expect(toSource(parseOrThrow('2^3^2'))).toBe('(2 ^ (3 ^ 2))');
  });
});

describe('parseExpression: errors say what and where', () => {
  it.each([
    ['x + foo', "Unknown name 'foo' at column 5", 5, 3],
    ['sin(x + 1', "Expected ')' at column 10 to close the '(' at column 4", 10, 0],
    ['(x + 1', "Expected ')' at column 7 to close the '(' at column 1", 7, 0],
    ['max(x)', 'Function max needs 2 arguments, got 1 at column 1', 1, 6],
    ['sin(x, y)', 'Function sin needs 1 argument, got 2 at column 1', 1, 9],
    ['x +', "Unexpected end of input at column 4, expected a number, a name or '('", 4, 0],
    ['x * * y', "Expected a number, a name or '(' at column 5, found '*'", 5, 1],
    ['x)', "Unexpected ')' at column 2, no '(' to close", 2, 1],
    ['x y', "Expected an operator before 'y' at column 3", 3, 1],
    ['2 3', "Expected an operator before '3' at column 3", 3, 1],
    ['sin x', "Expected '(' after function sin at column 5", 5, 1],
    ['sin', "Expected '(' after function sin at column 4", 4, 0],
    ['x $ y', "Unexpected character '$' at column 3", 3, 1],
    ['xy', "Unknown name 'xy' at column 1 (write products with *, e.g. x*y)", 1, 2],
    ['', 'Empty expression at column 1', 1, 0],
    ['   ', 'Empty expression at column 1', 1, 0],
    ['x, y', "Unexpected ',' at column 2, commas only separate the arguments of min and max", 2, 1],
    ['()', "Expected a number, a name or '(' at column 2, found ')'", 2, 1],
    ['X', "Unknown name 'X' at column 1", 1, 1],
  ])('rejects %j with "%s"', (src, message, column, length) => {
    const r = parseExpression(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ExprError);
    expect(r.error).toBeInstanceOf(Error);
    expect(r.error.message).toBe(message);
    expect(r.error.column).toBe(column);
    expect(r.error.length).toBe(length);
  });

  it.each([
    ['1e400', 'Number too large: 1e400 (at most about 1.8e308) at column 1', 1, 5],
    ['x^1e400', 'Number too large: 1e400 (at most about 1.8e308) at column 3', 3, 5],
    ['1e999*x', 'Number too large: 1e999 (at most about 1.8e308) at column 1', 1, 5],
    ['2 + 1.8e308', 'Number too large: 1.8e308 (at most about 1.8e308) at column 5', 5, 7],
    ['9'.repeat(400), 'Number too large: 9999999999999999999… (at most about 1.8e308) at column 1', 1, 400],
  ])('rejects the overflowing literal %s with a column instead of computing with Infinity', (src, message, column, length) => {
    const r = parseExpression(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(ExprError);
    expect([r.error.message, r.error.column, r.error.length]).toEqual([message, column, length]);
  });

  it('accepts the largest finite literals, and reads a true minus sign in an exponent', () => {
    expect(value('1.7976931348623157e308')).toBe(Number.MAX_VALUE);
    expect(value('1e-400')).toBe(0);
    expect(value('2.5e\u22127')).toBe(2.5e-7);
    expect(tokenize('2.5e\u22127').map((t) => t.type)).toEqual(['num', 'eof']);
  });

  it('throws ExprError from parseOrThrow', () => {
    expect(() => parseOrThrow('foo')).toThrow(ExprError);
  });
});

describe('parseExpression: limits', () => {
  it(`accepts ${MAX_LENGTH} characters and rejects one more`, () => {
    expect(parseExpression('x'.padEnd(MAX_LENGTH, ' ')).ok).toBe(true);
    const r = parseExpression('x'.padEnd(MAX_LENGTH + 1, ' '));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe(`Expression too long: ${MAX_LENGTH + 1} characters (at most ${MAX_LENGTH}) at column ${MAX_LENGTH + 1}`);
      expect(r.error.column).toBe(MAX_LENGTH + 1);
    }
  });

  it(`accepts ${MAX_DEPTH - 1} nested parentheses and rejects deeper nesting`, () => {
    const nest = (k: number): string => '('.repeat(k) + 'x' + ')'.repeat(k);
    expect(parseExpression(nest(MAX_DEPTH - 1)).ok).toBe(true);
    const r = parseExpression(nest(MAX_DEPTH));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^Expression nested too deeply \(more than 64 levels\) at column 65$/);
  });

  it('counts chains of signs, powers and calls as nesting too', () => {
    expect(parseExpression('-'.repeat(100) + 'x').ok).toBe(false);
    expect(parseExpression(Array(100).fill('x').join('^')).ok).toBe(false);
    expect(parseExpression('sin('.repeat(70) + 'x' + ')'.repeat(70)).ok).toBe(false);
    expect(parseExpression('sin('.repeat(30) + 'x' + ')'.repeat(30)).ok).toBe(true);
  });
});

describe('parseExpression: the forms the book prints (#18.14)', () => {
  it.each([
    ['x² + y²', 'x^2 + y^2'],
    ['x⁻¹', 'x^-1'],
    ['x¹⁰ − 3', 'x^10 - 3'],
    ['2x²', '2*x^2'],
    ['(x + 1)²(y − 1)', '(x + 1)^2 * (y - 1)'],
    ['x²y', 'x^2 * y'],
    ['|x|²', 'abs(x)^2'],
    ['√(x)²', 'sqrt(x)^2'],
    ['π', 'pi'],
    ['2π', '2*pi'],
    ['π · x', 'pi * x'],
    ['√x', 'sqrt(x)'],
    ['√2 + √π', 'sqrt(2) + sqrt(pi)'],
    ['√(x² + 1)', 'sqrt(x^2 + 1)'],
    ['2√(y + 2)', '2*sqrt(y + 2)'],
    ['√x · y', 'sqrt(x) * y'],
    ['√x/2', 'sqrt(x) / 2'],
    ['|x|', 'abs(x)'],
    ['|x − y|', 'abs(x - y)'],
    ['2|x|', '2*abs(x)'],
    ['|x||y|', 'abs(x) * abs(y)'],
    ['||x| − 1|', 'abs(abs(x) - 1)'],
    ['|x · |y||', 'abs(x * abs(y))'],
    ['|sin(2|x|)|', 'abs(sin(2*abs(x)))'],
    ['−x', '-x'],
    ['x × y ⋅ 2 · y', 'x * y * 2 * y'],
    ['1e−3x', '0.001*x'],
    ['f(x, y) = x² + y²', 'x^2 + y^2'],
    ['f(x,y)=x', 'x'],
    ['  f ( x , y ) =  ln(x)', 'ln(x)'],
  ])('reads %s as %s', (display, ascii) => {
    const a = parseOrThrow(display);
    expect(toSource(a)).toBe(toSource(parseOrThrow(ascii)));
  });

  it('reads a run of superscripts as one whole-number power', () => {
    expect(tokenize('x²³').map((t) => [t.type, t.value])).toEqual([
      ['name', NaN],
      ['sup', 23],
      ['eof', NaN],
    ]);
    expect(tokenize('y⁻¹²')[1]?.value).toBe(-12);
  });

  it.each([
    ['x²^3', 'Ambiguous power at column 2: write (x²)^3 or x^(2^3)', 2, 3],
    ['√x²', 'Ambiguous root at column 1: write √(x²) or (√x)²', 1, 3],
    ['√x^2', 'Ambiguous root at column 1: write √(x^2) or (√x)^2', 1, 4],
    ['√2x', 'Ambiguous root at column 1: write √(2x) or √2 · x', 1, 3],
    ['√-x', "Expected '(' after √ at column 2 (only a single number or name may go without)", 2, 1],
    ['√', "Expected '(' after √ at column 2 (only a single number or name may go without)", 2, 0],
    ['√sin(x)', "Expected '(' after √ at column 2 (only a single number or name may go without)", 2, 3],
    ['|x', "Expected '|' at column 3 to close the '|' at column 1", 3, 0],
    ['|x + |y|', "Expected '|' at column 9 to close the '|' at column 1", 9, 0],
    ['x|y|', "Expected an operator before '|' at column 2", 2, 1],
    ['x⁻', "Superscript '⁻' at column 2 has no digits", 2, 1],
    ['x²⁻', "Superscript '²⁻' at column 2 is not a whole number (digits after at most one ⁻)", 2, 2],
    ['x⁻⁻²', "Superscript '⁻⁻²' at column 2 is not a whole number (digits after at most one ⁻)", 2, 3],
    ['²x', "Expected a number, a name or '(' at column 1, found '²'", 1, 1],
    ['x^²', "Expected a number, a name or '(' at column 3, found '²'", 3, 1],
    ['f(x, y) = ', 'Empty expression at column 11', 11, 0],
  ])('rejects %j with "%s"', (src, message, column, length) => {
    const r = parseExpression(src);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.error.message, r.error.column, r.error.length]).toEqual([message, column, length]);
  });

  it('quotes at most 20 characters of a long name or number', () => {
    const long = 'a'.repeat(300);
    const r = parseExpression(`x + ${long}`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe("Unknown name 'aaaaaaaaaaaaaaaaaaa…' at column 5");
    expect([r.error.column, r.error.length]).toEqual([5, 300]);
    const s = parseExpression(`x ${'b'.repeat(50)}`);
    if (!s.ok) expect(s.error.message).toBe("Expected an operator before 'bbbbbbbbbbbbbbbbbbb…' at column 3");
    const t = parseExpression(`(x)(y)${'1'.repeat(40)}`);
    expect(t.ok).toBe(true);
    const u = parseExpression(`x ${'7'.repeat(40)}`);
    if (!u.ok) expect(u.error.message).toBe("Expected an operator before '7777777777777777777…' at column 3");
  });

  it('still refuses code-like input with the display forms about', () => {
    for (const src of ['|x|.constructor', 'π.toString()', '√(x)["call"]', 'x² => 1', '|', '||', '√√x']) {
      const r = parseExpression(src);
      expect(r.ok, src).toBe(false);
      if (!r.ok) expect(r.error).toBeInstanceOf(ExprError);
    }
  });
});
