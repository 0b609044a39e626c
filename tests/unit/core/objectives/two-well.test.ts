import { describe, expect, it } from 'vitest';
import { twoWell } from '../../../../src/core/objectives';

function descend(start: readonly number[], lr = 0.01, steps = 5000): Float64Array {
  const x = Float64Array.from(start);
  const g = new Float64Array(2);
  for (let t = 0; t < steps; t++) {
    twoWell.grad(x, g);
    x[0] = (x[0] ?? 0) - lr * (g[0] ?? 0);
    x[1] = (x[1] ?? 0) - lr * (g[1] ?? 0);
  }
  return x;
}

describe('the two-well surface (CURRICULUM section 6)', () => {
  const globalMin = twoWell.minima.find((m) => m.kind === 'global-min');
  const localMin = twoWell.minima.find((m) => m.kind === 'local-min');

  it('has a global minimum on the left and a higher local minimum on the right', () => {
    expect(globalMin?.point[0]).toBeLessThan(-1);
    expect(localMin?.point[0]).toBeGreaterThan(0.9);
    expect(localMin?.point[0]).toBeLessThan(1);
    expect((localMin?.value ?? 0) - (globalMin?.value ?? 0)).toBeGreaterThan(0.5);
  });

  it.each([
    [1.6, 0],
    [1.6, 0.5],
    [1.5, -0.3],
    [1.8, 0.2],
  ])('sends plain gradient descent from (%d, %d) into the worse right-hand minimum', (x, y) => {
    const end = descend([x, y]);
    expect(end[0]).toBeCloseTo(localMin?.point[0] ?? NaN, 6);
    expect(end[1]).toBeCloseTo(0, 6);
    expect(twoWell.f(end)).toBeGreaterThan((globalMin?.value ?? 0) + 0.5);
  });

  it('sends starts left of the saddle to the global minimum', () => {
    const end = descend([-1.6, 0.4]);
    expect(end[0]).toBeCloseTo(globalMin?.point[0] ?? NaN, 6);
  });

  it('has negative gradient (-0.3, 0) at (1, 0), pointing at the right-hand minimum', () => {
    const g = twoWell.grad([1, 0], new Float64Array(2));
    expect(-(g[0] ?? 0)).toBeCloseTo(-0.3, 12);
    expect(g[1]).toBe(0);
  });
});
