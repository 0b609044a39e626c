/**
 * The cost of brute force: trying every point of a grid with k values per
 * parameter needs k^d loss evaluations for d parameters (the curse of
 * dimensionality, Bellman 1957). The counts overflow floating point long before
 * d = 1000, so they are handled as powers of ten.
 *
 *   gridSearchCount(10, 2);    // { log10: 2, exact: 100n }
 *   powerOfTen(1000).text;     // '10^1000'
 */

/** Number of grid points k^d: its base-10 logarithm, and the exact count as a BigInt when it has at most 400 digits. */
export interface GridCount {
  readonly log10: number;
  readonly exact: bigint | null;
}

/**
 * k^d for k >= 1 values per axis and d >= 0 parameters.
 *
 *   gridSearchCount(10, 10).exact; // 10000000000n
 */
export function gridSearchCount(k: number, d: number): GridCount {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`gridSearchCount: k must be a whole number >= 1, got ${k}`);
  if (!(Number.isInteger(d) && d >= 0)) throw new RangeError(`gridSearchCount: d must be a whole number >= 0, got ${d}`);
  const log10 = d * Math.log10(k);
  return { log10, exact: log10 <= 400 ? BigInt(k) ** BigInt(d) : null };
}

/** A positive number given by its base-10 logarithm, split as mantissa x 10^exponent (1 <= mantissa < 10). */
export interface PowerOfTen {
  readonly mantissa: number;
  readonly exponent: number;
  /** Plain text: '100', '3.2 x 10^14' (with the multiplication sign), or '10^1000'. */
  readonly text: string;
}

/**
 * Write 10^log10 for people: plain digits below a million, otherwise one
 * decimal of mantissa times a power of ten (dropped when the mantissa is 1).
 *
 *   powerOfTen(Math.log10(2) * 30).text; // '1.1 × 10^9'
 */
export function powerOfTen(log10: number): PowerOfTen {
  if (!Number.isFinite(log10)) throw new RangeError(`powerOfTen: log10 must be finite, got ${log10}`);
  let exponent = Math.floor(log10 + 1e-12);
  let mantissa = 10 ** (log10 - exponent);
  if (Number(mantissa.toFixed(1)) >= 10) {
    exponent += 1;
    mantissa = 1;
  }
  if (log10 < 6) {
    const v = Math.round(10 ** log10);
    return { mantissa, exponent, text: v.toLocaleString('en-US') };
  }
  const m = Number(mantissa.toFixed(1));
  return { mantissa: m, exponent, text: m === 1 ? `10^${exponent}` : `${m} × 10^${exponent}` };
}

/**
 * Rule of thumb for the work of one gradient-descent step on a network, in
 * loss evaluations: one forward pass plus one backward pass, which costs about
 * twice a forward pass (Kaplan et al., "Scaling laws for neural language
 * models", arXiv:2001.08361, count 2N and 4N operations per example). The cost
 * of a gradient by backpropagation does not grow with the number of parameters
 * beyond that of the loss itself.
 */
export const EVALS_PER_GRADIENT_STEP = 3;

/** Seconds in a (Julian) year. */
export const SECONDS_PER_YEAR = 365.25 * 24 * 3600;
/** Age of the universe, about 13.8 billion years (Planck 2018), in seconds, as log10. */
export const LOG10_AGE_OF_UNIVERSE_S = Math.log10(13.8e9 * SECONDS_PER_YEAR);
