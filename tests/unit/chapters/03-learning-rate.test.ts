/**
 * Every number chapter 3 (content/chapters/03-learning-rate.mdx) quotes about its
 * figures, recomputed from the figures' own models at their initial state (the
 * widgets import the same code).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explainQuadraticStep, quadratic, run } from '~/core';
import { TRIO_BOWL, TRIO_L, trioRun, trioVerdict } from '~/widgets/lr-trio/model';
import { criticalBowl, criticalRun, stepsToOnePercent } from '~/widgets/critical-lr/model';
import { FIGURE_SCHEDULES, scheduleRun, tailLoss } from '~/widgets/schedules/model';
import { STOP_LR, ruleOutcomes, stoppingRun } from '~/widgets/stopping/model';
import { defaultsOf } from '~/state/schema';
import { lrTrioSchema } from '~/widgets/lr-trio/schema';
import { criticalLrSchema } from '~/widgets/critical-lr/schema';
import { schedulesSchema } from '~/widgets/schedules/schema';
import { stoppingSchema } from '~/widgets/stopping/schema';

const MDX = readFileSync(new URL('../../../content/chapters/03-learning-rate.mdx', import.meta.url), 'utf8');
/** Prose with its line breaks folded into spaces, so a phrase can be matched across the source's line wrapping. */
const PROSE = MDX.replace(/\s+/g, ' ');

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
  it('α = 10 diverges at the first step', () => {
    const tr = trioRun(10);
    expect(tr.status).toMatchObject({ kind: 'diverged', step: 1 });
  });
  it('α = 10: the first step lands about 1,520 times farther from the minimum; 4,999 is only the steep direction\u2019s factor, 999 the flat one\u2019s', () => {
    // The same step the panel takes, from the figure's start, without the bound that ends its run.
    const tr = run({ objective: TRIO_BOWL, optimizer: { id: 'gd', params: { lr: 10 } }, start: TRIO_BOWL.start, steps: 1, stop: { bound: Infinity } });
    const p = tr.positions;
    const [min] = TRIO_BOWL.minima;
    const dist = (k: number) => Math.hypot(p[2 * k]! - min!.point[0]!, p[2 * k + 1]! - min!.point[1]!);
    const growth = dist(1) / dist(0);
    expect(Math.round(growth / 10) * 10).toBe(1520);
    expect(PROSE).toContain('the very first step lands about 1,520 times farther from the minimum');
    expect(explainQuadraticStep(10, TRIO_L).factor).toBeCloseTo(4999, 6);
    expect(explainQuadraticStep(10, TRIO_L / 5).factor).toBeCloseTo(999, 6);
    expect(PROSE).toContain('$|1 - \\alpha L| = |1 - 10 \\cdot 500| = 4{,}999$, along the flat one by $|1 - 10 \\cdot 100| = 999$');
    // The distance grows by a factor between the two: the start lies mostly along the flat direction.
    expect(growth).toBeGreaterThan(999);
    expect(growth).toBeLessThan(4999);
    expect(PROSE).not.toContain('5,000 times');
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
  it('the ravine has L = 10, so 1/L = 0.1 and 2/L = 0.2, and the figure runs at α = 0.05', () => {
    expect(quadratic.lipschitz).toBe(10);
    expect(STOP_LR).toBe(0.05);
    expect(PROSE).toContain('Here $2/L = 0.2$ and $\\alpha = 0.05$ (even below $1/L = 0.1$');
  });
  it('without noise the loss falls at every step for any α below 2/L, zig-zag (1/L < α < 2/L) included', () => {
    for (const lr of [STOP_LR, 0.1, 0.11, 0.15, 0.19, 0.199]) {
      const tr = stoppingRun({}, 0, lr);
      expect(tr.length).toBe(400);
      for (let k = 1; k <= tr.length; k++) expect(tr.loss[k]!, `α = ${lr}, step ${k}`).toBeLessThan(tr.loss[k - 1]!);
    }
    for (const lr of [0.11, 0.15, 0.19]) expect(explainQuadraticStep(lr, 10).regime).toBe('oscillating');
  });
  it('it really zig-zags there: at α = 0.15 the coordinate along the steep axis flips sign at every step', () => {
    // The ravine's steep eigenvector is the flat one, (cos 30°, sin 30°), turned by 90°.
    const steep = [-Math.sin(Math.PI / 6), Math.cos(Math.PI / 6)] as const;
    const p = stoppingRun({}, 0, 0.15).positions;
    const c = (k: number) => p[2 * k]! * steep[0] + p[2 * k + 1]! * steep[1];
    for (let k = 1; k <= 30; k++) expect(Math.sign(c(k))).toBe(-Math.sign(c(k - 1)));
  });
  it('patience is told apart from early stopping, which watches a validation loss', () => {
    expect(PROSE).not.toContain('(early stopping)');
    expect(PROSE).toContain('Early stopping watches the loss on held-out *validation* data');
    expect(PROSE).toContain('a later chapter on generalisation covers it');
    expect(PROSE).not.toMatch(/below \$1\/L = 0\.1\$, so every step shrinks/);
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
