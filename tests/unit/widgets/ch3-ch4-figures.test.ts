/**
 * Every number chapters 3 and 4 quote about their figures, recomputed from the
 * figures' own models at their initial state (the widgets import the same code).
 */
import { describe, expect, it } from 'vitest';
import { closedFormLine, explainQuadraticStep, penguins } from '~/core';
import { TRIO_L, trioRun, trioVerdict } from '~/widgets/lr-trio/model';
import { criticalBowl, criticalRun, stepsToOnePercent } from '~/widgets/critical-lr/model';
import { FIGURE_SCHEDULES, scheduleRun, tailLoss } from '~/widgets/schedules/model';
import { ruleOutcomes } from '~/widgets/stopping/model';
import { regressionRun, stepsToFit } from '~/widgets/regression/model';
import { curvatures, RAW_MSE, RAW_START, scaledRun, slopeError, STD_START, stepsPerDecade } from '~/widgets/feature-scaling/model';
import { lastEpochLoss, variantRun } from '~/widgets/batch-variants/model';
import { gradientSample, spreadTheory } from '~/widgets/gradient-noise/model';
import { inOriginalUnits, PENGUIN_MSE } from '~/widgets/shared/penguin-mse';
import { defaultsOf } from '~/state/schema';
import { lrTrioSchema } from '~/widgets/lr-trio/schema';
import { criticalLrSchema } from '~/widgets/critical-lr/schema';
import { schedulesSchema } from '~/widgets/schedules/schema';
import { stoppingSchema } from '~/widgets/stopping/schema';
import { regressionSchema } from '~/widgets/regression/schema';
import { batchVariantsSchema } from '~/widgets/batch-variants/schema';
import { featureScalingSchema } from '~/widgets/feature-scaling/schema';
import { gradientNoiseSchema } from '~/widgets/gradient-noise/schema';

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

describe('chapter 4, figure 4.1 (regression)', () => {
  const d = defaultsOf(regressionSchema);
  it('the closed-form line: slope 0.871 in standard units, 49.7 g/mm and −5781 g in grams', () => {
    expect(PENGUIN_MSE.solution.a).toBeCloseTo(0.871, 3);
    expect(PENGUIN_MSE.solution.b).toBeCloseTo(0, 12);
    const line = inOriginalUnits(PENGUIN_MSE.solution.a, PENGUIN_MSE.solution.b);
    const direct = closedFormLine(penguins.x, penguins.y);
    expect(line.a).toBeCloseTo(direct.a, 9);
    expect(line.b).toBeCloseTo(direct.b, 6);
    expect(line.a).toBeCloseTo(49.7, 1);
    expect(Math.round(line.b)).toBe(-5781);
  });
  it('gradient descent agrees with the closed form: within 0.001 after 36 steps at α = 0.1', () => {
    expect(d.lr).toBe(0.1);
    const tr = regressionRun(d.start, d.lr);
    expect(stepsToFit(tr)).toBe(36);
    expect(tr.positions[2 * tr.length]).toBeCloseTo(PENGUIN_MSE.solution.a, 4);
    expect(tr.positions[2 * tr.length + 1]).toBeCloseTo(PENGUIN_MSE.solution.b, 4);
  });
  it('L = 2: α = 0.5 lands in one step, 0.4 and 0.6 within five, above 1 diverges', () => {
    expect(PENGUIN_MSE.lipschitz).toBeCloseTo(2, 12);
    expect(stepsToFit(regressionRun(d.start, 0.5))).toBe(1);
    expect(stepsToFit(regressionRun(d.start, 0.4))).toBeLessThanOrEqual(5);
    expect(stepsToFit(regressionRun(d.start, 0.6))).toBeLessThanOrEqual(5);
    expect(regressionRun(d.start, 1.05).status.kind).toBe('diverged');
  });
});

describe('chapter 4, figure 4.2 (feature-scaling)', () => {
  const d = defaultsOf(featureScalingSchema);
  const raw = curvatures(RAW_MSE);
  it('raw units: L ≈ 81,130, μ ≈ 0.0097, condition number ≈ 8.3 million; standard units: κ = 1', () => {
    expect(raw.L).toBeCloseTo(81130, -1);
    expect(raw.mu).toBeCloseTo(0.00972, 5);
    expect(raw.L / raw.mu / 1e6).toBeCloseTo(8.3, 1);
    const s = curvatures(PENGUIN_MSE);
    expect(s.L / s.mu).toBeCloseTo(1, 9);
  });
  it('with 0.8 of 2/L for 30 steps the raw slope is still about 20% off, the standardised one exact; ~12 million steps per decade', () => {
    expect([d.fraction, d.steps]).toEqual([0.8, 30]);
    const r = scaledRun(RAW_MSE, RAW_START, d.fraction, d.steps);
    const s = scaledRun(PENGUIN_MSE, STD_START, d.fraction, d.steps);
    expect(slopeError(RAW_MSE, r.tr)).toBeCloseTo(0.2, 2);
    expect(slopeError(PENGUIN_MSE, s.tr)).toBeLessThan(1e-5);
    expect(stepsPerDecade(r.lr, raw.mu) / 1e6).toBeCloseTo(12, 0);
  });
});

describe('chapter 4, figure 4.3 (batch-variants)', () => {
  const d = defaultsOf(batchVariantsSchema);
  const min = PENGUIN_MSE.minima[0]!.value;
  it('in 2 epochs: 2 batch updates, 22 mini-batch (B = 32), 684 stochastic; SGD closest', () => {
    expect([d.batch, d.lr, d.epochs, d.decay]).toEqual([32, 0.05, 2, false]);
    const runs = [PENGUIN_MSE.n, 32, 1].map((B) => variantRun(B, d.lr, d.epochs, d.seed, false));
    expect(runs.map((r) => r.length)).toEqual([2, 22, 684]);
    const ex = runs.map((r) => lastEpochLoss(r) - min);
    expect(ex[2]).toBeLessThan(ex[1]!);
    expect(ex[1]).toBeLessThan(ex[0]!);
  });
  it('with 5 epochs, decay cuts SGD’s jitter about tenfold, from 0.022 to 0.0023', () => {
    const flat = lastEpochLoss(variantRun(1, d.lr, 5, d.seed, false)) - min;
    const dec = lastEpochLoss(variantRun(1, d.lr, 5, d.seed, true)) - min;
    expect(flat).toBeCloseTo(0.022, 3);
    expect(dec).toBeCloseTo(0.0023, 4);
    expect(dec).toBeLessThan(0.005);
  });
});

describe('chapter 4, figure 4.4 (gradient-noise)', () => {
  const d = defaultsOf(gradientNoiseSchema);
  it('σ ≈ 5.97 at the start; with B = 8 the sample spreads by about 2.1, as σ/√8 ≈ 2.11 predicts', () => {
    expect(d.batch).toBe(8);
    const t = spreadTheory(8);
    expect(t.sigma).toBeCloseTo(5.97, 2);
    expect(t.simple).toBeCloseTo(2.11, 2);
    expect(gradientSample(8, d.seed).spread).toBeCloseTo(2.1, 1);
  });
});
