import { describe, expect, it } from 'vitest';
import { nice as d3Nice, ticks as d3Ticks } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import fc from 'fast-check';
import { fitAspect, fitFrame, frameScales, generalFormat, linear, log, logTicks, niceInterval, ticks } from '~/viz/scales';

describe('scales', () => {
  it('maps a linear domain onto a pixel range', () => {
    const s = linear([0, 10], [0, 100]);
    expect(s(5)).toBe(50);
    expect(s.invert(25)).toBe(2.5);
  });

  it('maps decades evenly on a log scale and clamps non-positive values', () => {
    const s = log([1, 100], [0, 2]);
    expect(s(10)).toBeCloseTo(1, 12);
    expect(s(0)).toBe(0);
  });

  it('extends an interval outwards to round numbers', () => {
    expect(niceInterval([0.13, 9.7], 10)).toEqual([0, 10]);
  });

  it('picks round ticks', () => {
    expect(ticks([0, 1], 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives log ticks that include the powers of ten and none for non-positive intervals', () => {
    const t = logTicks([1, 1000]);
    for (const p of [1, 10, 100, 1000]) expect(t).toContain(p);
    expect(logTicks([0, 10])).toEqual([]);
  });

  it('fits a wide domain into a square box, centred vertically', () => {
    expect(fitAspect({ x: [0, 2], y: [0, 1] }, 200, 200)).toEqual({ left: 0, top: 50, width: 200, height: 100 });
  });

  it('fits a tall domain into a wide box inside margins, centred horizontally', () => {
    const r = fitAspect({ x: [-1, 1], y: [0, 4] }, 300, 220, { top: 10, right: 20, bottom: 10, left: 0 });
    expect(r).toEqual({ left: 90, top: 10, width: 100, height: 200 });
  });

  it('keeps one data unit the same length on both axes', () => {
    const f = fitFrame({ x: [-2, 2], y: [-1, 3] }, 640, 480, { top: 10, right: 10, bottom: 30, left: 40 });
    expect(f.x(1) - f.x(0)).toBeCloseTo(f.y(0) - f.y(1), 9);
  });

  it('returns an empty rectangle for a degenerate domain or box', () => {
    expect(fitAspect({ x: [0, 0], y: [0, 1] }, 100, 100).width).toBe(0);
    expect(fitAspect({ x: [0, 1], y: [0, 1] }, 10, 10, { top: 20, right: 0, bottom: 0, left: 0 }).height).toBe(0);
  });

  it('points data y upwards on screen', () => {
    const f = frameScales({ x: [0, 1], y: [0, 1] }, { left: 0, top: 0, width: 10, height: 10 });
    expect(f.y(0)).toBe(10);
    expect(f.y(1)).toBe(0);
    expect(f.x(1)).toBe(10);
  });
});

describe('ticks and nice intervals against d3-array', () => {
  // Not subnormal: there d3-array runs out of array length too.
  const end = fc
    .oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e-6, max: 1e-6, noNaN: true }))
    .filter((x) => x === 0 || Math.abs(x) > 1e-200);
  const count = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0.25, max: 3, noNaN: true }));

  it('gives the same ticks, in the same order, for any interval (reversed, empty or tiny too) and count', () => {
    fc.assert(
      fc.property(end, end, count, (a, b, n) => {
        expect(ticks([a, b], n)).toEqual(d3Ticks(a, b, n));
      }),
      { numRuns: 3000 },
    );
  });

  it('extends intervals to the same round ends', () => {
    fc.assert(
      fc.property(end, end, count, (a, b, n) => {
        expect(niceInterval([a, b], n)).toEqual(d3Nice(a, b, n));
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * The scales follow d3-scale's maths (d3-scale is a dev dependency, kept only
 * as this oracle): same pixels, ticks, nice domains and labels, except that our
 * exponents use a true minus sign ("1e−8" where d3 writes "1e-8").
 */
describe('scales against d3-scale', () => {
  const rand = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const ours = (s: string) => s.replaceAll('\u2212', '-');

  it('linear: from a million up, every tick label is an exponent in the book’s form, never 2e+51', () => {
    const s = linear([0, 1.2e52], [0, 100]);
    const f = s.tickFormat(6);
    expect(s.ticks(6).map(f)).toEqual(['0', '2e51', '4e51', '6e51', '8e51', '1e52', '1.2e52']);
    expect(linear([-3e6, 0], [0, 1]).tickFormat(3)(-2e6)).toBe('\u22122e6');
    expect(linear([0, 999_999], [0, 1]).tickFormat(4)(500_000)).toBe('500,000');
  });

  it('linear: pixels, inverse, ticks, labels and nice domains match for random domains', () => {
    const r = rand(7);
    for (let n = 0; n < 400; n++) {
      const scale = Math.pow(10, Math.floor(r() * 12) - 6);
      const a = (r() - 0.5) * 20 * scale;
      const b = a + (r() < 0.1 ? -1 : 1) * (r() * 10 + 1e-3) * scale;
      const range: [number, number] = [r() * 100, 200 + r() * 500];
      const count = 2 + Math.floor(r() * 10);
      const mine = linear([a, b], range);
      const ref = scaleLinear().domain([a, b]).range(range);
      for (const x of [a, b, (a + b) / 2, a - scale]) expect(mine(x)).toBeCloseTo(ref(x), 6);
      expect(mine.invert(range[0] + 17)).toBeCloseTo(ref.invert(range[0] + 17), 9);
      expect(mine.ticks(count)).toEqual(ref.ticks(count));
      const f = mine.tickFormat(count);
      const g = ref.tickFormat(count);
      if (Math.max(Math.abs(a), Math.abs(b)) >= 1e6) {
        // From a million up ours are exponents for every tick (d3 groups digits, then writes 2e+21).
        for (const t of mine.ticks(count)) {
          const label = ours(f(t));
          expect(label).toMatch(/^0$|^-?\d(\.\d+)?e-?\d+$/);
          expect(Number(label)).toBeCloseTo(t, -Math.floor(Math.log10(Math.abs(t) || 1)) + 5);
        }
      } else expect(mine.ticks(count).map((t) => ours(f(t)))).toEqual(ref.ticks(count).map((t) => g(t).replaceAll('\u2212', '-').replace('e+', 'e')));
      expect(mine.nice(count).domain().map((v) => v + 0)).toEqual(ref.copy().nice(count).domain().map((v) => v + 0));
    }
  });

  it('log: pixels (clamped), ticks, labels and nice domains match for random positive domains', () => {
    const r = rand(11);
    for (let n = 0; n < 400; n++) {
      const a = Math.pow(10, r() * 16 - 12);
      const b = a * Math.pow(10, r() * 9 + 0.05);
      const [lo, hi] = r() < 0.1 ? [b, a] : [a, b];
      const range: [number, number] = [300, 10];
      const count = 2 + Math.floor(r() * 8);
      const mine = log([lo, hi], range);
      const ref = scaleLog().domain([lo, hi]).range(range).clamp(true);
      for (const x of [a, b, Math.sqrt(a * b), a / 10, b * 10, 0, -1]) expect(mine(x)).toBeCloseTo(ref(x), 6);
      expect(mine.invert(100) / ref.invert(100)).toBeCloseTo(1, 9);
      expect(mine.ticks(count)).toEqual(ref.ticks(count));
      const f = mine.tickFormat(count);
      const g = ref.tickFormat(count, '~g');
      // The same ticks labelled, with the same values (ours writes exponents below 0.001).
      const value = (label: string) => (label === '' ? NaN : Number(ours(label)));
      expect(mine.ticks(count).map((t) => value(f(t)))).toEqual(ref.ticks(count).map((t) => value(g(t).replaceAll('\u2212', '-'))));
      for (const t of mine.ticks(count)) if (f(t) !== '') expect(f(t).length).toBeLessThanOrEqual(7);
      expect(mine.nice().domain()).toEqual(ref.copy().nice().domain());
    }
  });

  it('labels: thousands separators, true minus signs, no "−0", exponents with a true minus', () => {
    const f = linear([-1200, 3400], [0, 1]).tickFormat(5);
    expect([-1000, 0, 1000].map(f)).toEqual(['\u22121,000', '0', '1,000']);
    expect(linear([-0.003, 0.0125], [0, 1]).tickFormat(5)(-0.0000001)).toBe('0.000');
    expect(log([1e-9, 10], [0, 1]).tickFormat(5)(1e-8)).toBe('1e\u22128');
    expect(generalFormat(0.000001)).toBe('0.000001');
    expect(log([1e-9, 1], [0, 1]).tickFormat(5)(1e-6)).toBe('1e\u22126');
    // One form per axis: exponents for every tick once one needs them.
    expect(log([1e-9, 1], [0, 1]).tickFormat(5)(0.001)).toBe('1e\u22123');
    expect(log([1e-9, 1], [0, 1]).tickFormat(5)(1)).toBe('1e0');
    expect(log([1, 1e9], [0, 1]).tickFormat(5)(1e7)).toBe('1e7');
    expect(log([1e-5, 1e10], [0, 1]).tickFormat(5)(1e5)).toBe('1e5');
    expect(log([0.01, 1000], [0, 1]).tickFormat(5)(0.01)).toBe('0.01');
    expect(log([0.01, 1000], [0, 1]).tickFormat(5)(1000)).toBe('1000');
    expect(generalFormat(-123456789)).toBe('\u22121.23457e8');
  });

  it('a zero-width domain maps to the middle of the range', () => {
    expect(linear([2, 2], [0, 10])(5)).toBe(5);
    expect(log([3, 3], [0, 10])(3)).toBe(5);
  });
});
