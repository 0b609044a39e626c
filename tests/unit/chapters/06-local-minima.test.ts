/**
 * Every number chapter 6's prose and captions quote, computed with the core
 * exactly as the figures compute them (their initial states).
 */
import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { randomStarts, restartOutcomes, restartsNeeded } from '~/core/many-starts';
import { rastrigin, saddle, sixHumpCamel, twoWell } from '~/core/objectives';

describe('chapter 6 numbers', () => {
  it('two wells: minima, saddle and values as quoted', () => {
    const [g, l] = twoWell.minima;
    expect(g!.point[0]).toBeCloseTo(-1.04, 2);
    expect(g!.value).toBeCloseTo(-0.305, 3);
    expect(l!.point[0]).toBeCloseTo(0.96, 2);
    expect(l!.value).toBeCloseTo(0.294, 3);
    expect(twoWell.saddles![0]!.point[0]).toBeCloseTo(0.08, 2);
    expect(twoWell.saddles![0]!.value).toBeCloseTo(1.01, 2);
  });

  it('figure 6.1: from (1.6, 0) with α = 0.05, 32 steps to the local minimum (0.96, 0)', () => {
    const tr = run({ objective: twoWell, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [1.6, 0], steps: 150, stop: { gradNorm: 1e-6, bound: 50 } });
    expect(tr.length).toBe(32);
    expect(tr.positions[64]).toBeCloseTo(0.96, 2);
    expect(tr.loss[32]).toBeCloseTo(0.294, 3);
  });

  it('the negative gradient at (1, 0) is (−0.3, 0)', () => {
    const g = twoWell.grad([1, 0], new Float64Array(2));
    expect(-g[0]!).toBeCloseTo(-0.3, 12);
    expect(-g[1]! + 0).toBe(0);
  });

  it('α = 0.15 from (1.6, 0) hops over the ridge into the global minimum', () => {
    const tr = run({ objective: twoWell, optimizer: { id: 'gd', params: { lr: 0.15 } }, start: [1.6, 0], steps: 150, stop: { gradNorm: 1e-6, bound: 50 } });
    expect(tr.positions[2 * tr.length]).toBeCloseTo(-1.0356, 3);
  });

  it('the exercise start (−0.5, 0.8) reaches the global minimum', () => {
    const tr = run({ objective: twoWell, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-0.5, 0.8], steps: 150, stop: { gradNorm: 1e-6, bound: 50 } });
    expect(tr.positions[2 * tr.length]).toBeCloseTo(-1.0356, 3);
  });

  it('figure 6.3: the saddle path leaves the map (|x| > 3) at step 53', () => {
    const tr = run({ objective: saddle, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1.8, 0.02], steps: 150, stop: { bound: 3 } });
    expect(tr.status).toMatchObject({ kind: 'diverged', step: 53 });
    // Step length = 2 α × distance to the saddle.
    const d = Math.hypot(tr.positions[2]! - tr.positions[0]!, tr.positions[3]! - tr.positions[1]!);
    expect(d).toBeCloseTo(2 * 0.05 * Math.hypot(-1.8, 0.02), 12);
  });

  it('figure 6.4: p ≈ 0.62 on the six-hump camel (4 restarts for 95%), p ≈ 0.01 on Rastrigin', () => {
    const camel = restartOutcomes(sixHumpCamel, { id: 'gd', params: { lr: 0.05 } }, randomStarts(sixHumpCamel.domain, 400, 2017), 300);
    expect(camel.p).toBeCloseTo(0.62, 2);
    expect(restartsNeeded(camel.p, 0.95)).toBe(4);
    const r = restartOutcomes(rastrigin, { id: 'gd', params: { lr: 0.002 } }, randomStarts(rastrigin.domain, 400, 2017), 300);
    expect(r.p).toBeCloseTo(0.01, 2);
    expect(restartsNeeded(r.p, 0.95)).toBeGreaterThan(100);
  });

  it('the restarts exercise: p = 0.3 needs 9', () => {
    expect(restartsNeeded(0.3, 0.95)).toBe(9);
  });
});
