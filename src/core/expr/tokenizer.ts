import { excerpt, ExprError } from './errors';

export type TokenType = 'num' | 'name' | 'op' | 'lparen' | 'rparen' | 'comma' | 'eof';

/** A token with its 0-based [start, end) span in the source. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isNameStart = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNameChar = (c: string): boolean => isNameStart(c) || isDigit(c);

/** Unicode operators readers paste from formulas, mapped to ASCII. */
const OPERATOR_ALIASES: ReadonlyMap<string, string> = new Map([
  ['\u2212', '-'], // minus sign
  ['\u00d7', '*'], // multiplication sign
  ['\u00b7', '*'], // middle dot
  ['\u22c5', '*'], // dot operator
  ['\u00f7', '/'], // division sign
]);

/**
 * Splits an expression into tokens: numbers (`3`, `.5`, `1e-3`, `1e−3` with
 * the true minus sign, as the book prints them), names, the operators
 * + - * / ^ (and `**` as ^), parentheses and commas. Whitespace is skipped.
 * Throws ExprError on any other character, and on a number too large for a
 * double (1e400), which would otherwise become Infinity unseen.
 *
 *   tokenize('2x^2'); // num 2, name x, op ^, num 2, eof
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(src.charAt(i + 1)))) {
      while (i < n && isDigit(src.charAt(i))) i++;
      if (src.charAt(i) === '.') {
        i++;
        while (i < n && isDigit(src.charAt(i))) i++;
      }
      const e = src.charAt(i);
      if (e === 'e' || e === 'E') {
        let j = i + 1;
        const sign = src.charAt(j);
        if (sign === '+' || sign === '-' || sign === '\u2212') j++;
        if (isDigit(src.charAt(j))) {
          while (j < n && isDigit(src.charAt(j))) j++;
          i = j;
        }
      }
      const text = src.slice(start, i);
      const value = Number(text.replace('\u2212', '-'));
      if (!Number.isFinite(value)) {
        throw new ExprError(`Number too large: ${excerpt(text)} (at most about 1.8e308) at column ${start + 1}`, start + 1, i - start);
      }
      tokens.push({ type: 'num', text, value, start, end: i });
      continue;
    }
    if (isNameStart(c)) {
      while (i < n && isNameChar(src.charAt(i))) i++;
      tokens.push({ type: 'name', text: src.slice(start, i), value: NaN, start, end: i });
      continue;
    }
    if (c === '*' && src.charAt(i + 1) === '*') {
      tokens.push({ type: 'op', text: '^', value: NaN, start, end: i + 2 });
      i += 2;
      continue;
    }
    const op = OPERATOR_ALIASES.get(c) ?? c;
    if (op === '+' || op === '-' || op === '*' || op === '/' || op === '^') {
      tokens.push({ type: 'op', text: op, value: NaN, start, end: i + 1 });
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'comma', text: c, value: NaN, start, end: i + 1 });
      i++;
      continue;
    }
    const cp = src.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    // Invisible characters are named by code point so the reader can find them.
    const shown = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `'${ch}'` : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    throw new ExprError(`Unexpected character ${shown} at column ${i + 1}`, i + 1, ch.length);
  }
  tokens.push({ type: 'eof', text: '', value: NaN, start: n, end: n });
  return tokens;
}
