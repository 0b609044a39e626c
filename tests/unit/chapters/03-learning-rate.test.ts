/**
 * Every number chapter 3 (content/chapters/03-learning-rate.mdx) quotes about its
 * figures, recomputed from the figures' own models at their initial state (the
 * widgets import the same code).
 */
import { describe, expect, it } from 'vitest';
import { explainQuadraticStep } from '~/core';
import { TRIO_L, trioRun, trioVerdict } from '~/widgets/lr-trio/model';
import { criticalBowl, criticalRun, stepsToOnePercent } from '~/widgets/critical-lr/model';
import { FIGURE_SCHEDULES, scheduleRun, tailLoss } from '~/widgets/schedules/model';
import { ruleOutcomes } from '~/widgets/stopping/model';
import { defaultsOf } from '~/state/schema';
import { lrTrioSchema } from '~/widgets/lr-trio/schema';
import { criticalLrSchema } from '~/widgets/critical-lr/schema';
import { schedulesSchema } from '~/widgets/schedules/schema';
import { stoppingSchema } from '~/widgets/stopping/schema';

describe('chapter 3, figure 3.1 (lr-trio): the seed table made true', () => {
  const d = defaultsOf(lrTrioSchema);
  it('starts at α = 1e-6, 0.001 and 10 on a bowl with L = 500', () => {
    expect([d.small, d.good, d.large]).toEqual([1e-6, 1e-3, 10]);
    expect(TRIO_L).toBe(500);
  });
  it('α = 1e-6 crawls: the loss falls by less than 4% in 100 steps', () => {
    const tr = trioRun(1e-6);
    const ratio = tr.loss[tr.length]! / tr.loss[0]!;
    expect(tr.length).toBe(100);
    expect(ratio).toBeGreaterThan(0.96);
    expect(ratio).toBeLessThan(1);
    expect(trioVerdict(1e-6, tr)).toBe('crawls');
  });
  it('α = 0.001 converges to below a billionth of the starting loss', () => {
    const tr = trioRun(1e-3);
    expect(tr.loss[tr.length]! / tr.loss[0]!).toBeLessThan(1e-9);
    expect(trioVerdict(1e-3, tr)).toBe('converges');
  });
  it('α = 10 diverges at the first step, each step about 5,000 times farther out', () => {
    const tr = trioRun(10);
    expect(tr.status).toMatchObject({ kind: 'diverged', step: 1 });
    expect(explainQuadraticStep(10, TRIO_L).factor).toBeCloseTo(4999, 6);
  });
  it('the middle panel converges from about 0.00035 to just under 0.004, zig-zags above 0.002, bounces at 0.004', () => {
    expect(trioVerdict(3e-4, trioRun(3e-4))).toBe('crawls');
    expect(trioVerdict(3.5e-4, trioRun(3.5e-4))).toBe('converges');
    expect(trioVerdict(0.0021, trioRun(0.0021))).toBe('zig-zags');
    expect(trioVerdict(0.0039, trioRun(0.0039))).toBe('zig-zags');
    expect(trioVerdict(0.004, trioRun(0.004))).toBe('bounces');
    expect(trioVerdict(0.0041, trioRun(0.0041))).toBe('diverges');
  });
});

describe('chapter 3, figure 3.2 (critical-lr)', () => {
  const d = defaultsOf(criticalLrSchema);
  const bowl = criticalBowl(d.L, d.kappa);
  it('starts with L = 6, μ = 2: 1/L ≈ 0.167, 2/(L+μ) = 0.25, 2/L ≈ 0.333, α = 0.05', () => {
    expect(d.L / d.kappa).toBe(2);
    expect(bowl.lipschitz).toBe(6);
    expect(2 / (d.L + d.L / d.kappa)).toBe(0.25);
    expect(d.lr).toBe(0.05);
  });
  it('at α = 0.05 it is not within 1% after 40 steps; at 0.25 it is, at step 7', () => {
    expect(stepsToOnePercent(criticalRun(bowl, 0.05))).toBe(-1);
    expect(stepsToOnePercent(criticalRun(bowl, 0.25))).toBe(7);
  });
  it('the exercise window: under 10 steps from about 0.20 to 0.28, not at 0.19 or 0.29', () => {
    for (const lr of [0.2, 0.25, 0.28]) expect(stepsToOnePercent(criticalRun(bowl, lr))).toBeLessThan(10);
    for (const lr of [0.19, 0.29]) expect(stepsToOnePercent(criticalRun(bowl, lr))).toBeGreaterThanOrEqual(10);
  });
  it('diverges above 2/L and never shows a non-finite position', () => {
    const tr = criticalRun(bowl, 0.35);
    expect(tr.status.kind).toBe('diverged');
    for (const v of tr.positions) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('chapter 3, figure 3.3 (stopping)', () => {
  const d = defaultsOf(stoppingSchema);
  it('by default: loss change at 80, gradient norm at 108, patience never', () => {
    const o = ruleOutcomes(d.lossTol, d.gradTol, d.patience, d.noise);
    expect(o.map((r) => r.step)).toEqual([80, 108, -1]);
  });
  it('with noise, patience fires', () => {
    expect(ruleOutcomes(d.lossTol, d.gradTol, d.patience, 0.1)[2]!.step).toBeGreaterThan(0);
  });
});

describe('chapter 3, figure 3.4 (schedules)', () => {
  const d = defaultsOf(schedulesSchema);
  const run = (k: keyof typeof FIGURE_SCHEDULES) => tailLoss(scheduleRun(FIGURE_SCHEDULES[k], d.lr, d.noise, d.seed));
  it('starts with cosine annealing from α₀ = 0.3 with noise 0.8', () => {
    expect([d.kind, d.lr, d.noise]).toEqual(['cosine', 0.3, 0.8]);
  });
  it('a constant α leaves a last-20-step loss of about 0.06; cosine about ten times lower', () => {
    expect(run('constant')).toBeCloseTo(0.06, 2);
    const ratio = run('constant') / run('cosine');
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(14);
  });
  it('step decay averages about 0.001, exponential and cosine about 0.006; the rest stay above 0.01', () => {
    expect(run('step')).toBeCloseTo(0.001, 3);
    for (const k of ['exponential', 'cosine'] as const) {
      expect(run(k)).toBeGreaterThan(0.005);
      expect(run(k)).toBeLessThan(0.0065);
    }
    for (const k of ['constant', 'inverse-time', 'cosine-restarts', 'linear-warmup'] as const) expect(run(k)).toBeGreaterThan(0.01);
  });
});
