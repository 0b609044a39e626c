/**
 * Number formatting for readouts. Output is display text only: it uses the true
 * minus sign (U+2212), never prints "NaN", "Infinity" or "-0", and never
 * changes width from frame to frame for numbers of the same order.
 */

/** The typographic minus sign used in readouts. */
export const MINUS = '\u2212';

/** What every formatter prints for NaN and ±Infinity (a diverged run says so in words elsewhere). */
export const NOT_A_NUMBER = '—';

/** Numbers at or above this magnitude are written in exponent form. */
export const LARGE = 1e6;

function exponent(a: number, digits: number): string {
  const [mantissa = '0', exp = '0'] = a.toExponential(Math.max(0, digits - 1)).split('e');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  const e = Number(exp);
  return `${m}e${e < 0 ? MINUS : ''}${Math.abs(e)}`;
}

function magnitude(a: number, digits: number): string {
  if (a === 0) return (0).toFixed(digits);
  if (a >= LARGE || a < Math.pow(10, -digits)) return exponent(a, digits);
  return a.toFixed(digits);
}

/**
 * A compact readout: `digits` decimals for ordinary magnitudes; exponent form
 * with `digits` significant digits (trailing zeros trimmed) below 10^-digits
 * and from 1e6 up; `0` for −0; `—` for NaN and ±Infinity.
 *
 *   fmt(0.5, 3)      // "0.500"
 *   fmt(-0.000012)   // "−1.2e−5"
 *   fmt(2.5e7, 2)    // "2.5e7"
 *   fmt(NaN)         // "—"
 */
export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const d = clampDigits(digits);
  const body = magnitude(Math.abs(x), d);
  return x < 0 && !isZeroText(body) ? MINUS + body : body;
}

/**
 * Like `fmt` with an explicit sign: `+` for positive, `−` for negative, none for zero.
 *
 *   fmtSigned(0.25, 2)  // "+0.25"
 *   fmtSigned(-0, 2)    // "0.00"
 */
export function fmtSigned(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const d = clampDigits(digits);
  const body = magnitude(Math.abs(x), d);
  if (isZeroText(body)) return body;
  return (x < 0 ? MINUS : '+') + body;
}

/**
 * A count and its noun, singular for exactly one: `count(1, 'step')` is
 * "1 step", `count(3, 'step')` "3 steps"; give the plural where it is not
 * the noun plus "s".
 *
 *   count(1, 'restart')        // "1 restart"
 *   count(0, 'update')         // "0 updates"
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * A fraction as a percentage with `digits` decimals.
 *
 *   fmtPercent(0.1234)    // "12%"
 *   fmtPercent(-0.05, 1)  // "−5.0%"
 */
export function fmtPercent(x: number, digits = 0): string {
  if (!Number.isFinite(x)) return NOT_A_NUMBER;
  const body = (Math.abs(x) * 100).toFixed(clampDigits(digits));
  return (x < 0 && !isZeroText(body) ? MINUS : '') + body + '%';
}

function clampDigits(digits: number): number {
  return Number.isFinite(digits) ? Math.min(15, Math.max(0, Math.floor(digits))) : 3;
}

function isZeroText(s: string): boolean {
  return /^0(\.0*)?$/.test(s);
}
