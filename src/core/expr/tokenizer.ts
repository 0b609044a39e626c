import { excerpt, ExprError } from './errors';

/**
 * `sup` is a run of superscript digits, a power (x² = x^2; its value is the
 * exponent); `bar` is |, which opens or closes an absolute value |e|.
 */
export type TokenType = 'num' | 'name' | 'op' | 'lparen' | 'rparen' | 'comma' | 'bar' | 'sup' | 'eof';

/** A token with its 0-based [start, end) span in the source; `value` is NaN unless it is a num or sup. */
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

/** Superscript digits, at their value's index; U+207B is the superscript minus. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_MINUS = '\u207b';
const isSuperscript = (c: string): boolean => c.length === 1 && (c === SUPERSCRIPT_MINUS || SUPERSCRIPT_DIGITS.includes(c));

/**
 * Names written as symbols, as the book prints them: π is pi, and √ is sqrt
 * (the parser lets √ go without brackets before a single number or name).
 */
const SYMBOL_NAMES: ReadonlySet<string> = new Set(['\u03c0', '\u221a']);

/**
 * A leading "f(x, y) =", as the book prints a formula, is skipped so the
 * whole line can be pasted back.
 */
const PREFIX = /^\s*f\s*\(\s*x\s*,\s*y\s*\)\s*=/;

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
 * the true minus sign), names (and π, √), the operators + - * / ^ (`**` as ^,
 * and − × · ⋅ ÷ as the ASCII ones), superscript powers (², ⁻¹), bars |,
 * parentheses and commas: everything the book prints with toPlain, so a
 * displayed formula can be typed or pasted back, a leading "f(x, y) =" too.
 * Whitespace is skipped. Throws ExprError on any other character, and on a
 * number too large for a double (1e400), which would otherwise become
 * Infinity unseen.
 *
 *   tokenize('2x²'); // num 2, name x, sup 2, eof
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = PREFIX.exec(src)?.[0].length ?? 0;
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
      tokens.push({ type: 'num', text, value: finite(Number(text.replace('\u2212', '-')), text, start, i), start, end: i });
      continue;
    }
    if (isSuperscript(c)) {
      while (i < n && isSuperscript(src.charAt(i))) i++;
      const text = src.slice(start, i);
      const digits = [...text].map((d) => (d === SUPERSCRIPT_MINUS ? '-' : String(SUPERSCRIPT_DIGITS.indexOf(d)))).join('');
      if (!/^-?\d+$/.test(digits)) {
        const problem = /\d/.test(digits) ? 'is not a whole number (digits after at most one \u207b)' : 'has no digits';
        throw new ExprError(`Superscript '${excerpt(text)}' at column ${start + 1} ${problem}`, start + 1, i - start);
      }
      tokens.push({ type: 'sup', text, value: finite(Number(digits), text, start, i), start, end: i });
      continue;
    }
    if (SYMBOL_NAMES.has(c)) {
      tokens.push({ type: 'name', text: c, value: NaN, start, end: i + 1 });
      i++;
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
    if (c === '(' || c === ')' || c === ',' || c === '|') {
      tokens.push({ type: c === '(' ? 'lparen' : c === ')' ? 'rparen' : c === ',' ? 'comma' : 'bar', text: c, value: NaN, start, end: i + 1 });
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

/** The value of a number's text, or an error at its span if it overflows to Infinity. */
function finite(value: number, text: string, start: number, end: number): number {
  if (Number.isFinite(value)) return value;
  throw new ExprError(`Number too large: ${excerpt(text)} (at most about 1.8e308) at column ${start + 1}`, start + 1, end - start);
}
