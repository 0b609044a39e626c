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
