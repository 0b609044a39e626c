/**
 * Every number chapters 1 and 2 quote about their figures, recomputed from the
 * core with the figures' initial state (schema defaults), so prose cannot drift
 * from what the reader sees.
 */
import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { runCoordinateDescent } from '~/core/coordinate-descent';
import { gridSearchCount, powerOfTen } from '~/core/grid-search';
import { neuronExample } from '~/core/nn';
import { quadratic, volcano } from '~/core/objectives';
import { defaultsOf } from '~/state/schema';
import { volcanoSchema } from '~/widgets/volcano/schema';
import { gridCostSchema } from '~/widgets/grid-cost/schema';
import { directionalDerivativeSchema } from '~/widgets/directional-derivative/schema';
import { gdStepsSchema } from '~/widgets/gd-steps/schema';
import { neuronSchema } from '~/widgets/neuron/schema';
import { simultaneousSchema } from '~/widgets/simultaneous/schema';

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

describe('chapter 2, Figure 2.1 (directional derivative)', () => {
  const d = defaultsOf(directionalDerivativeSchema);
  const g = quadratic.grad(d.point, new Float64Array(2));
  it('at p = (−1.5, 1.2) the gradient is about (−9.55, 15.15), at 122°, length 17.9', () => {
    expect(d.point).toEqual([-1.5, 1.2]);
    expect(g[0]).toBeCloseTo(-9.55, 2);
    expect(g[1]).toBeCloseTo(15.15, 2);
    expect(Math.round((Math.atan2(g[1]!, g[0]!) * 180) / Math.PI)).toBe(122);
    expect(Math.hypot(g[0]!, g[1]!)).toBeCloseTo(17.9, 1);
  });
  it('the arrow starts at 0°, not yet the steepest descent (−58°)', () => {
    const ratio = Math.cos((d.angle * Math.PI) / 180) * g[0]! + Math.sin((d.angle * Math.PI) / 180) * g[1]!;
    expect(ratio / Math.hypot(g[0]!, g[1]!)).toBeGreaterThan(-0.995);
    const down = ((-58 * Math.PI) / 180);
    expect((Math.cos(down) * g[0]! + Math.sin(down) * g[1]!) / Math.hypot(g[0]!, g[1]!)).toBeLessThan(-0.995);
  });
});

describe('chapter 2, Figure 2.2 (step by step)', () => {
  it('from the default start with α = 0.1 the first step is 2.55 long and w3 → w4 is 0.103', () => {
    const s = defaultsOf(gdStepsSchema);
    expect(s.surface).toBe('quadratic');
    expect(s.lr).toBe(0.1);
    const t = run({ objective: quadratic, optimizer: { id: 'gd', params: { lr: s.lr } }, start: s.start, steps: s.steps, stop: { bound: 1e4 } });
    expect((s.lr * t.gradNorm[0]!).toFixed(2)).toBe('2.55');
    expect((s.lr * t.gradNorm[3]!).toFixed(3)).toBe('0.103');
    const len = (k: number) => Math.hypot(t.positions[2 * k + 2]! - t.positions[2 * k]!, t.positions[2 * k + 3]! - t.positions[2 * k + 1]!);
    expect(len(0)).toBeCloseTo(s.lr * t.gradNorm[0]!, 12);
  });
});

describe('chapter 2, Figure 2.3 (neuron)', () => {
  it('reproduces the worked example exactly with the default α = 0.1', () => {
    expect(defaultsOf(neuronSchema).lr).toBe(0.1);
    const n = neuronExample(0.1);
    expect([n.z, n.a, n.loss, n.dLda, n.dLdw, n.dLdb]).toEqual([7, 7, 4, 4, 8, 4]);
    expect(n.newW).toBeCloseTo(2.2, 12);
    expect(n.newB).toBeCloseTo(0.6, 12);
    expect(n.newZ).toBeCloseTo(5, 12);
    expect(n.newLoss).toBeCloseTo(0, 20);
  });
  it('the new loss is (2 − 20α)²: 1 at α = 0.05 and 0.15, 4 at α = 0.2', () => {
    for (const lr of [0.05, 0.15, 0.2, 0.27]) expect(neuronExample(lr).newLoss).toBeCloseTo((2 - 20 * lr) ** 2, 10);
    expect(neuronExample(0.05).newLoss).toBeCloseTo(1, 10);
    expect(neuronExample(0.15).newLoss).toBeCloseTo(1, 10);
    expect(neuronExample(0.2).newLoss).toBeCloseTo(4, 10);
  });
});

describe('chapter 2, Figure 2.4 (simultaneous)', () => {
  it('on the default bowl, coordinate descent differs from the first step and needs fewer sweeps', () => {
    const s = defaultsOf(simultaneousSchema);
    const gd = run({ objective: quadratic, optimizer: { id: 'gd', params: { lr: s.lr } }, start: s.start, steps: s.steps });
    const cd = runCoordinateDescent({ objective: quadratic, lr: s.lr, start: s.start, sweeps: s.steps });
    expect(Math.hypot(gd.positions[2]! - cd.sweepPositions[2]!, gd.positions[3]! - cd.sweepPositions[3]!)).toBeGreaterThan(0.1);
    expect(cd.sweepLoss[s.steps]).toBeLessThan(gd.loss[s.steps]!);
  });
});
