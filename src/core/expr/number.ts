/**
 * A number literal split for display: the digits of its magnitude and, for very
 * large or small magnitudes, a power of ten. The thresholds are the book's
 * (readouts and the objectives' TeX switch to exponents from 10^6 up and below
 * 10^-4); the digits are the shortest that read back as exactly the same
 * number, so a printed formula can be typed in again. `exponent` is null for
 * plain decimals; `finite` is false for ±Infinity and NaN, which the parser
 * never produces.
 *
 *   numberParts(2e51);  // { negative: false, digits: '2', exponent: 51, finite: true }
 *   numberParts(0.25);  // { negative: false, digits: '0.25', exponent: null, finite: true }
 */
export function numberParts(v: number): { negative: boolean; digits: string; exponent: number | null; finite: boolean } {
  const negative = v < 0;
  const a = Math.abs(v);
  if (!Number.isFinite(a)) return { negative, digits: '', exponent: null, finite: false };
  if (a === 0 || (a >= 1e-4 && a < 1e6)) return { negative, digits: String(a), exponent: null, finite: true };
  const [digits = '0', exp = '0'] = a.toExponential().split('e');
  return { negative, digits, exponent: Number(exp), finite: true };
}
