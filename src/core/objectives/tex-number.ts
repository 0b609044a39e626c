/**
 * A number as short KaTeX: up to 3 significant digits, no trailing zeros,
 * scientific notation as a x 10^{k} when very large or small.
 *
 *   texNumber(0.1234567); // "0.123"
 */
export function texNumber(v: number, digits = 3): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '\\mathrm{NaN}' : v > 0 ? '\\infty' : '-\\infty';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) {
    const [mant = '0', exp = '0'] = v.toExponential(digits - 1).split('e');
    const m = String(Number(mant));
    return `${m === '1' ? '' : m === '-1' ? '-' : `${m} \\times `}10^{${Number(exp)}}`;
  }
  return String(Number(v.toPrecision(digits)));
}
