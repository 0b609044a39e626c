import { describe, expect, it } from 'vitest';
import { linearThresholds, logThresholds, thresholds } from '~/viz/thresholds';

describe('linearThresholds', () => {
  it('spaces levels evenly strictly inside the range', () => {
    expect(linearThresholds(0, 10, 4)).toEqual([2, 4, 6, 8]);
  });

  it('returns no levels for an empty or non-finite range', () => {
    expect(linearThresholds(1, 1, 5)).toEqual([]);
    expect(linearThresholds(NaN, 1, 5)).toEqual([]);
    expect(linearThresholds(0, 1, 0)).toEqual([]);
  });
});

describe('logThresholds', () => {
  it('spaces offsets above the minimum geometrically', () => {
    const t = logThresholds(0, 1000, 3, 1);
    expect(t[0]).toBeCloseTo(1, 12);
    expect(t[1]).toBeCloseTo(10, 12);
    expect(t[2]).toBeCloseTo(100, 12);
  });

  it('handles a negative minimum by working in offsets', () => {
    const t = logThresholds(-5, 995, 3, 1);
    expect(t.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([-4, 5, 95]);
  });

  it('defaults the first offset to 1e-4 of the range', () => {
    expect(logThresholds(0, 100, 4)[0]).toBeCloseTo(0.01, 12);
  });

  it('ignores an eps that is not positive or not below the range', () => {
    expect(logThresholds(0, 100, 4, -1)).toEqual(logThresholds(0, 100, 4));
    expect(logThresholds(0, 100, 4, 500)).toEqual(logThresholds(0, 100, 4));
  });

  it('produces increasing levels, all inside the range', () => {
    const t = logThresholds(0, 3600, 20);
    for (let k = 1; k < t.length; k++) expect(t[k]).toBeGreaterThan(t[k - 1] ?? Infinity);
    expect(t.every((v) => v > 0 && v < 3600)).toBe(true);
  });

  it('is picked by name', () => {
    expect(thresholds(0, 1000, 3, 'log', 1)).toEqual(logThresholds(0, 1000, 3, 1));
    expect(thresholds(0, 10, 4, 'linear')).toEqual([2, 4, 6, 8]);
  });
});
