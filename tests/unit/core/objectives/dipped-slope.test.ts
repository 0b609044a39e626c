import { describe, expect, it } from 'vitest';
import { run } from '~/core';
import { dippedSlope } from '~/core/objectives/dipped-slope';
import { withGradientNoise } from '~/core/noise';

describe('the slope with a dip', () => {
  it('has a gradient that matches finite differences', () => {
    const g = new Float64Array(2);
    for (const p of [[-2.6, 1], [-1, 0.2], [-0.8, -0.5], [0.5, 0.3], [2, 0]] as const) {
      dippedSlope.grad(p, g);
      const h = 1e-6;
      const fx = (dippedSlope.f([p[0] + h, p[1]]) - dippedSlope.f([p[0] - h, p[1]])) / (2 * h);
      const fy = (dippedSlope.f([p[0], p[1] + h]) - dippedSlope.f([p[0], p[1] - h])) / (2 * h);
      expect(g[0]).toBeCloseTo(fx, 6);
      expect(g[1]).toBeCloseTo(fy, 6);
    }
  });

  it('lists critical points where the gradient vanishes: the valley, the dip and its rim', () => {
    const g = new Float64Array(2);
    for (const c of [...dippedSlope.minima, ...(dippedSlope.saddles ?? [])]) {
      dippedSlope.grad(c.point, g);
      expect(Math.abs(g[0]!)).toBeLessThan(1e-12);
    }
    expect(dippedSlope.minima[1]!.point[0]).toBeCloseTo(-0.9246, 4);
    expect(dippedSlope.saddles![0]!.point[0]).toBeCloseTo(-0.6209, 4);
    // The rim is only 0.13 above the dip's bottom (the chapter's number).
    expect(dippedSlope.saddles![0]!.value - dippedSlope.minima[1]!.value).toBeCloseTo(0.13, 2);
  });

  it('traps plain gradient descent; momentum 0.9 carries through; 0.8 does not', () => {
    const end = (optimizer: { id: string; params: Record<string, number> }) => {
      const tr = run({ objective: dippedSlope, optimizer, start: dippedSlope.start, steps: 300, stop: { bound: 50 } });
      return tr.positions[2 * tr.length]!;
    };
    expect(end({ id: 'gd', params: { lr: 0.05 } })).toBeCloseTo(-0.9246, 3);
    expect(end({ id: 'momentum-ema', params: { lr: 0.05, beta: 0.9 } })).toBeGreaterThan(1.5);
    expect(end({ id: 'momentum-ema', params: { lr: 0.05, beta: 0.87 } })).toBeGreaterThan(1.5);
    expect(end({ id: 'momentum-ema', params: { lr: 0.05, beta: 0.86 } })).toBeLessThan(-0.62);
    expect(end({ id: 'momentum-ema', params: { lr: 0.05, beta: 0.8 } })).toBeLessThan(-0.62);
  });
});

describe('gradient noise on the slope', () => {
  it('shakes gradient descent out of the dip for 49 of 50 seeds at sigma 2, none at 0.5 (the chapter numbers)', () => {
    const escapes = (sigma: number) => {
      let n = 0;
      for (let seed = 1; seed <= 50; seed++) {
        const tr = run({ objective: withGradientNoise(dippedSlope, sigma, seed), optimizer: { id: 'gd', params: { lr: 0.05 } }, start: dippedSlope.start, steps: 300, stop: { bound: 50 } });
        if (tr.positions[2 * tr.length]! > dippedSlope.saddles![0]!.point[0]!) n++;
      }
      return n;
    };
    expect(escapes(2)).toBe(49);
    expect(escapes(0.5)).toBe(0);
  });
});
