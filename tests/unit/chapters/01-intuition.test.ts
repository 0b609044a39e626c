/**
 * Every number chapter 1 (content/chapters/01-intuition.mdx) quotes about its
 * figures, recomputed from the core with the figures' initial state (schema
 * defaults), so prose cannot drift from what the reader sees.
 */
import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { gridSearchCount, powerOfTen } from '~/core/grid-search';
import { volcano } from '~/core/objectives';
import { defaultsOf } from '~/state/schema';
import { volcanoSchema } from '~/widgets/volcano/schema';
import { gridCostSchema } from '~/widgets/grid-cost/schema';

const walk = (start: readonly [number, number], lr: number) =>
  run({ objective: volcano, optimizer: { id: 'gd', params: { lr } }, start, steps: 300, stop: { gradNorm: 1e-3 } });

describe('chapter 1, Figure 1.2 (volcano)', () => {
  const v = defaultsOf(volcanoSchema);
  it('starts at (210 m, 300 m), 184 m up, with α = 20 m', () => {
    expect(v.start).toEqual([210, 300]);
    expect(v.lr).toBe(20);
    expect(Math.round(volcano.f(v.start))).toBe(184);
  });
  it('walks into the crater and stops after 25 steps at 148 m, on the map', () => {
    const t = walk(v.start, v.lr);
    expect(t.status.kind).toBe('converged');
    expect(t.length).toBe(25);
    expect(Math.round(t.loss[25]!)).toBe(148);
    for (let k = 0; k <= t.length; k++) {
      expect(t.positions[2 * k]).toBeGreaterThanOrEqual(0);
      expect(t.positions[2 * k + 1]).toBeGreaterThanOrEqual(0);
    }
  });
  it('from (300 m, 150 m), 179 m up, stops after 69 steps at about 110 m (the exercise solution)', () => {
    expect(Math.round(volcano.f([300, 150]))).toBe(179);
    const t = walk([300, 150], 20);
    expect(t.status.kind).toBe('converged');
    expect(t.length).toBe(69);
    expect(Math.round(t.loss[69]!)).toBe(110);
    expect(t.loss[69]).toBeLessThan(115);
  });
  it('a slope of 0.5 with α = 20 m is a 10 m step; the flanks go below 100 m', () => {
    expect(0.5 * v.lr).toBe(10);
    let min = Infinity;
    for (let x = 0; x <= 860; x += 10) for (let y = 0; y <= 600; y += 10) min = Math.min(min, volcano.f([x, y]));
    expect(min).toBeLessThan(100);
  });
});

describe('chapter 1, Figure 1.3 (grid cost)', () => {
  it('starts at d = 2, k = 10: 100 points', () => {
    const g = defaultsOf(gridCostSchema);
    expect([g.d, g.k]).toEqual([2, 10]);
    expect(powerOfTen(gridSearchCount(g.k, g.d).log10).text).toBe('100');
  });
  it('10 weights need 10^10 (ten seconds at 10^9 a second), 1000 weights 10^1000', () => {
    expect(gridSearchCount(10, 10).exact).toBe(10n ** 10n);
    expect(Number(gridSearchCount(10, 10).exact) / 1e9).toBe(10);
    expect(powerOfTen(gridSearchCount(10, 1000).log10).text).toBe('10^1000');
  });
  it('the exercise: 4^15 = 1,073,741,824; 4^20 is about 18 minutes; 4^50 exceeds the age of the universe', () => {
    expect(gridSearchCount(4, 15).exact).toBe(1_073_741_824n);
    expect(Math.round(4 ** 20 / 1e9 / 60)).toBe(18);
    expect(4 ** 50 / 1e9).toBeGreaterThan(13.8e9 * 365.25 * 86400);
  });
});
