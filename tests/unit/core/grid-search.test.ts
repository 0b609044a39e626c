import { describe, expect, it } from 'vitest';
import { EVALS_PER_GRADIENT_STEP, LOG10_AGE_OF_UNIVERSE_S, gridSearchCount, powerOfTen } from '~/core/grid-search';

describe('gridSearchCount', () => {
  it('gives the counts chapter 1 quotes for 10 values per axis: 100, 10^10 and 10^1000', () => {
    expect(gridSearchCount(10, 2)).toEqual({ log10: 2, exact: 100n });
    expect(gridSearchCount(10, 10).exact).toBe(10_000_000_000n);
    expect(gridSearchCount(10, 1000).log10).toBe(1000);
    expect(gridSearchCount(10, 1000).exact).toBeNull();
    expect(powerOfTen(gridSearchCount(10, 1000).log10).text).toBe('10^1000');
  });

  it('counts k^d exactly for small grids and agrees with the logarithm', () => {
    for (const [k, d] of [
      [3, 4],
      [7, 13],
      [2, 100],
    ] as const) {
      const c = gridSearchCount(k, d);
      expect(c.exact).toBe(BigInt(k) ** BigInt(d));
      expect(c.log10).toBeCloseTo(d * Math.log10(k), 12);
    }
  });

  it('refuses fractional or negative inputs', () => {
    expect(() => gridSearchCount(2.5, 3)).toThrow(RangeError);
    expect(() => gridSearchCount(10, -1)).toThrow(RangeError);
  });
});

describe('powerOfTen', () => {
  it('writes small counts in digits and large ones as powers of ten', () => {
    expect(powerOfTen(2).text).toBe('100');
    expect(powerOfTen(Math.log10(12345)).text).toBe('12,345');
    expect(powerOfTen(10).text).toBe('10^10');
    expect(powerOfTen(30 * Math.log10(2)).text).toBe('1.1 × 10^9');
  });

  it('carries a mantissa that rounds up to 10 into the exponent', () => {
    expect(powerOfTen(Math.log10(9.99e12)).text).toBe('10^13');
  });
});

describe('constants', () => {
  it('one step costs a few evaluations; the universe is about 4.4 x 10^17 s old', () => {
    expect(EVALS_PER_GRADIENT_STEP).toBe(3);
    expect(LOG10_AGE_OF_UNIVERSE_S).toBeCloseTo(17.64, 2);
  });
});
