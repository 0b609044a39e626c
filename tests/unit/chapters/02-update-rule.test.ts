/**
 * Every number chapter 2 (content/chapters/02-update-rule.mdx) quotes about its
 * figures, recomputed from the core with the figures' initial state (schema
 * defaults), so prose cannot drift from what the reader sees.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { runCoordinateDescent } from '~/core/coordinate-descent';
import { neuronExample } from '~/core/nn';
import { quadratic } from '~/core/objectives';
import { defaultsOf } from '~/state/schema';
import { directionalDerivativeSchema } from '~/widgets/directional-derivative/schema';
import { gdStepsSchema } from '~/widgets/gd-steps/schema';
import { neuronSchema } from '~/widgets/neuron/schema';
import { simultaneousSchema } from '~/widgets/simultaneous/schema';

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

describe('chapter 2: why a small step along −∇L lowers the loss (first-order Taylor), before why it is steepest', () => {
  const mdx = readFileSync(new URL('../../../content/chapters/02-update-rule.mdx', import.meta.url), 'utf8');
  it('the Taylor argument comes before the Riesz representation', () => {
    const taylor = mdx.indexOf('first-order Taylor expansion');
    expect(taylor).toBeGreaterThan(0);
    expect(taylor).toBeLessThan(mdx.indexOf('Riesz representation theorem'));
  });
  it('on the figures’ bowl the decrease is α‖∇L‖² to first order: the ratio tends to 1 as α → 0, and is positive for small α', () => {
    const w = [...quadratic.start];
    const g = quadratic.grad(w, new Float64Array(2));
    const g2 = g[0]! ** 2 + g[1]! ** 2;
    const ratio = (a: number) => (quadratic.f(w) - quadratic.f([w[0]! - a * g[0]!, w[1]! - a * g[1]!])) / (a * g2);
    let prev = Infinity;
    for (const a of [1e-2, 1e-3, 1e-4, 1e-5]) {
      const err = Math.abs(ratio(a) - 1);
      expect(ratio(a)).toBeGreaterThan(0);
      expect(err).toBeLessThan(prev);
      prev = err;
    }
    expect(prev).toBeLessThan(1e-3);
  });
  it('the metric section names the preconditioned direction −P⁻¹∇f', () => {
    expect(mdx).toContain('steepest descent in that metric steps along $-P^{-1}\\nabla f$');
  });
});
