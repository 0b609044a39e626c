/**
 * Every number chapter 4 (content/chapters/04-variants.mdx) quotes about its
 * figures, recomputed from the figures' own models at their initial state (the
 * widgets import the same code).
 */
import { describe, expect, it } from 'vitest';
import { batchGradientSpread, closedFormLine, penguins } from '~/core';
import { regressionRun, stepsToFit } from '~/widgets/regression/model';
import { curvatures, RAW_MSE, RAW_START, scaledRun, slopeError, STD_START, stepsPerDecade } from '~/widgets/feature-scaling/model';
import { lastEpochLoss, variantRun } from '~/widgets/batch-variants/model';
import { gradientSample, NOISE_POINT, spreadTheory } from '~/widgets/gradient-noise/model';
import { inOriginalUnits, PENGUIN_MSE } from '~/widgets/shared/penguin-mse';
import { defaultsOf } from '~/state/schema';
import { regressionSchema } from '~/widgets/regression/schema';
import { batchVariantsSchema } from '~/widgets/batch-variants/schema';
import { featureScalingSchema } from '~/widgets/feature-scaling/schema';
import { gradientNoiseSchema } from '~/widgets/gradient-noise/schema';

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

describe('chapter 4, convexity and the critical batch size', () => {
  it('strictly convex: both curvatures positive, raw and standardised, so the minimiser is one point', () => {
    for (const J of [RAW_MSE, PENGUIN_MSE]) expect(curvatures(J).mu).toBeGreaterThan(0);
  });
  /** McCandlish et al.’s simple noise scale, σ² / ‖∇J‖², at a point of the standardised bowl. */
  const bCrit = (p: readonly [number, number]) => {
    const g = PENGUIN_MSE.grad(p, new Float64Array(2));
    return { ...batchGradientSpread(PENGUIN_MSE, p, 1), g2: g[0]! ** 2 + g[1]! ** 2 };
  };
  it('at Figure 4.4’s start σ² ≈ 35.6, ‖∇J‖² ≈ 27.4, so B_crit ≈ 1.3', () => {
    const s = bCrit(NOISE_POINT);
    expect(s.sigma ** 2).toBeCloseTo(35.6, 1);
    expect(s.g2).toBeCloseTo(27.4, 1);
    expect(s.sigma ** 2 / s.g2).toBeCloseTo(1.3, 1);
  });
  it('at a distance of 0.1 from the minimum B_crit is between 44 and 50 in every direction (44.4 to 49.4)', () => {
    const { a, b } = PENGUIN_MSE.solution;
    for (let k = 0; k < 16; k++) {
      const th = (k * Math.PI) / 8;
      const s = bCrit([a + 0.1 * Math.cos(th), b + 0.1 * Math.sin(th)]);
      expect(s.sigma ** 2 / s.g2).toBeGreaterThan(44);
      expect(s.sigma ** 2 / s.g2).toBeLessThan(50);
    }
  });
  it('the linear scaling rule’s arithmetic: one step of kα on kB examples adds the noise variance of k steps of α on B', () => {
    const { sigma } = spreadTheory(1);
    const [alpha, B] = [0.05, 8];
    for (const k of [2, 4, 16]) expect((k * alpha) ** 2 * (sigma ** 2 / (k * B))).toBeCloseTo(k * alpha ** 2 * (sigma ** 2 / B), 12);
  });
});
