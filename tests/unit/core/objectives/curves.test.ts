import { describe, expect, it } from 'vitest';
import { hiking, parabola, quartic } from '../../../../src/core/objectives';
import type { Objective } from '../../../../src/core/types';

function descend1(o: Objective, x0: number, lr: number, steps: number): number {
  const x = Float64Array.of(x0);
  const g = new Float64Array(1);
  for (let t = 0; t < steps; t++) x[0] = (x[0] ?? 0) - lr * (o.grad(x, g)[0] ?? 0);
  return x[0] ?? NaN;
}

describe('the chapter 1 curves', () => {
  it('shrinks x by the factor (1 - 2 lr) per step on the parabola', () => {
    expect(descend1(parabola, 2, 0.1, 3)).toBeCloseTo(2 * 0.8 ** 3, 14);
    expect(Math.abs(descend1(parabola, 2, 1.1, 50))).toBeGreaterThan(100);
  });

  it('leads gradient descent from the quartic start into the worse right-hand valley', () => {
    const end = descend1(quartic, quartic.start[0] ?? NaN, 0.01, 3000);
    expect(end).toBeCloseTo(quartic.minima[1]?.point[0] ?? NaN, 8);
    expect(quartic.minima[1]?.kind).toBe('local-min');
  });

  it('stops the hiker in the dip before the lowest valley', () => {
    const end = descend1(hiking, hiking.start[0] ?? NaN, 0.05, 3000);
    const dip = hiking.minima.find((m) => m.kind === 'local-min' && (m.point[0] ?? 0) > 0);
    expect(end).toBeCloseTo(dip?.point[0] ?? NaN, 8);
    expect(hiking.f([end])).toBeGreaterThan(hiking.minima[0]?.value ?? Infinity);
  });
});
