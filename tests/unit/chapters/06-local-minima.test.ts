/**
 * Every number chapter 6's prose and captions quote, computed with the core
 * exactly as the figures compute them (their initial states).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { randomStarts, restartOutcomes, restartsNeeded } from '~/core/many-starts';
import { dippedSlope, rastrigin, saddle, sixHumpCamel, twoWell } from '~/core/objectives';
import { canonical } from '~/state/schema';
import { twoWellsSchema } from '~/widgets/two-wells/schema';
import { RIDGE_X, ridgeCrossings, twoWellsEnd, twoWellsRun, TWO_WELLS_STEPS } from '~/widgets/two-wells/model';

const MDX = readFileSync(new URL('../../../content/chapters/06-local-minima.mdx', import.meta.url), 'utf8');
/** Prose with its line breaks folded into spaces, so a phrase can be matched across the source's line wrapping. */
const PROSE = MDX.replace(/\s+/g, ' ');

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

/** Every start the figure's start point can take: its domain, at its two decimals. */
function gridAxis(range: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let i = Math.round(range[0] * 100); i <= Math.round(range[1] * 100); i++) out.push(i / 100);
  return out;
}
const XS = gridAxis(twoWell.domain.x);
const YS = gridAxis(twoWell.domain.y);
/** The basin a start lies in for small steps: the side of the ridge through the saddle. */
const sideOf = (x: number): 'global' | 'local' => (x < RIDGE_X ? 'global' : 'local');

/** The exercise's bound on α, read from its condition in the MDX. */
function exerciseMaxLr(): number {
  const ex = /<Exercise chapter="local-minima" id="find-global"[^>]*>/.exec(MDX)?.[0] ?? '';
  const m = /fact: 'lr', le: ([\d.]+)/.exec(ex);
  return m ? Number(m[1]) : Number.NaN;
}

/** Every learning rate the slider offers at or below `max` (a log slider keeps two significant digits). */
function sliderRatesUpTo(max: number): number[] {
  const spec = twoWellsSchema.lr;
  const out = new Set<number>();
  for (let v = spec.min; v <= max * (1 + 1e-12); v *= 1.001) {
    const c = canonical(spec, v);
    if (c <= max) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}

describe('chapter 6, the find-global exercise: no start can pass it from the wrong side of the ridge', () => {
  const maxLr = exerciseMaxLr();

  it('the exercise accepts α ≤ 0.05 and says so in its text', () => {
    expect(maxLr).toBe(0.05);
    expect(PROSE).toContain('keep $\\alpha \\le 0.05$');
    expect(PROSE).toContain('With $\\alpha \\le 0.05$ no start on the map jumps the ridge');
    expect(MDX).toMatch(/id="find-global"[^>]*fact: 'hops', eq: 0/);
    expect(canonical(twoWellsSchema.lr, 0.05)).toBe(0.05);
  });

  it('the ridge is the line through the saddle, x ≈ 0.075, and no start on the grid lies on it', () => {
    expect(RIDGE_X).toBeCloseTo(0.0754, 4);
    expect(XS).toHaveLength(401);
    expect(YS).toHaveLength(301);
    expect(XS.some((x) => Math.abs(x - RIDGE_X) < 1e-3)).toBe(false);
  });

  it('the x-part of a step never depends on y, so the x-path of every start (x, y) is that of (x, 0)', () => {
    const g0 = new Float64Array(2);
    const g1 = new Float64Array(2);
    for (const x of XS) {
      twoWell.grad([x, 0], g0);
      for (const y of [-1.5, -0.37, 0.8, 1.5]) expect(twoWell.grad([x, y], g1)[0]).toBe(g0[0]);
    }
  });

  it('for every rate the slider offers up to 0.05, no iterate from any x on the map crosses the ridge in 150 steps', () => {
    const rates = sliderRatesUpTo(maxLr);
    expect(rates[0]).toBe(0.005);
    expect(rates.at(-1)).toBe(0.05);
    expect(rates.length).toBe(91);
    const g = new Float64Array(2);
    const flips: string[] = [];
    for (const lr of rates) {
      for (const x0 of XS) {
        let x = x0;
        for (let k = 0; k < TWO_WELLS_STEPS; k++) {
          x -= lr * twoWell.grad([x, 0], g)[0]!;
          if (sideOf(x) !== sideOf(x0)) {
            flips.push(`α = ${lr}, x₀ = ${x0}, step ${k + 1}`);
            break;
          }
        }
      }
    }
    expect(flips).toEqual([]);
  });

  it('at α = 0.05, every start on the figure\u2019s grid ends in the minimum on its own side of the ridge, without hopping', { timeout: 120_000 }, () => {
    const wrong: string[] = [];
    for (const x of XS) {
      for (const y of YS) {
        const tr = twoWellsRun([x, y], maxLr);
        const end = twoWellsEnd(tr);
        if (end !== sideOf(x) || ridgeCrossings(tr) !== 0) wrong.push(`(${x}, ${y}) → ${end}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('at α = 0.1 (the old bound) the first step hops the ridge from x ≥ 1.84 and from x ≤ −1.91, and those runs end in the other well', () => {
    const hops = XS.filter((x) => ridgeCrossings(twoWellsRun([x, 0], 0.1)) > 0);
    const right = hops.filter((x) => x > RIDGE_X);
    const left = hops.filter((x) => x < RIDGE_X);
    expect(right[0]).toBe(1.84);
    expect(right.at(-1)).toBe(2);
    expect(left[0]).toBe(-2);
    expect(left.at(-1)).toBe(-1.91);
    expect(PROSE).toContain('at $\\alpha = 0.1$ the very first step from any start with $x \\ge 1.84$ lands left of the saddle (and from $x \\le -1.91$ right of it)');
    expect(hops).toHaveLength(right.length + left.length);
    const g = new Float64Array(2);
    for (const x of hops) {
      const first = x - 0.1 * twoWell.grad([x, 0], g)[0]!;
      expect(sideOf(first)).not.toBe(sideOf(x));
      expect(twoWellsEnd(twoWellsRun([x, 0], 0.1))).not.toBe(sideOf(x));
    }
  });

  it('0.05 has room to spare: the first rate on the slider that lets any start hop is 0.08, from the right-hand edge x = 2', () => {
    const hopsAt = (lr: number) => XS.filter((x) => ridgeCrossings(twoWellsRun([x, 0], lr)) > 0);
    expect(sliderRatesUpTo(0.079).filter((lr) => lr > maxLr && hopsAt(lr).length > 0)).toEqual([]);
    expect(hopsAt(0.08)).toEqual([2]);
  });

  it('the solution\u2019s start (−0.5, 0.8) at α = 0.05 passes: global minimum, no hop', () => {
    const tr = twoWellsRun([-0.5, 0.8], 0.05);
    expect(twoWellsEnd(tr)).toBe('global');
    expect(ridgeCrossings(tr)).toBe(0);
  });
});

describe('chapter 6, figure 6.5: shallow (a low barrier) and sharp (a high curvature) are told apart', () => {
  const h = new Float64Array(4);
  const [valley, dip] = dippedSlope.minima;
  const rim = dippedSlope.saddles![0]!;
  it('the dip is shallow: its rim is only 0.13 above its bottom', () => {
    expect(rim.value - dip!.value).toBeCloseTo(0.13, 2);
    expect(PROSE).toContain("like the $0.13$ of this dip's rim");
  });
  it('and sharp: curvature about 10 along the valley, more than thirty times the main valley\u2019s 0.3', () => {
    const kDip = dippedSlope.hessian!(dip!.point, h)[0]!;
    const kValley = dippedSlope.hessian!(valley!.point, h)[0]!;
    expect(kDip).toBeCloseTo(10, 0);
    expect(kValley).toBeCloseTo(0.3, 12);
    expect(kDip / kValley).toBeGreaterThan(30);
    expect(kDip / kValley).toBeLessThan(40);
    expect(PROSE).toContain('its curvature along the valley is about $10$, more than thirty times the main valley\'s $0.3$');
  });
  it('no longer lumps the two together as "sharp, shallow minima"', () => {
    expect(PROSE).not.toMatch(/sharp, shallow/);
  });
});
