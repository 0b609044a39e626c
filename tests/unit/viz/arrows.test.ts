import { describe, expect, it } from 'vitest';
import { arrowField } from '~/viz/arrows';

// f = x^2 + 2 y^2, grad = (2x, 4y)
const grad = (p: ArrayLike<number>, out: Float64Array) => {
  out[0] = 2 * (p[0] ?? 0);
  out[1] = 4 * (p[1] ?? 0);
  return out;
};
const domain = { x: [-1, 1], y: [-1, 1] } as const;

describe('arrowField', () => {
  it('places a lattice of the given spacing centred in the domain', () => {
    const a = arrowField(grad, domain, 1, { normalize: 'raw' });
    expect(a.map((v) => [v.x, v.y])).toEqual([
      [-1, -1], [0, -1], [1, -1],
      [-1, 0], [0, 0], [1, 0],
      [-1, 1], [0, 1], [1, 1],
    ]);
  });

  it('centres a lattice that does not fill the domain exactly', () => {
    const a = arrowField(grad, { x: [0, 1], y: [0, 0.5] }, 0.4, { normalize: 'raw' });
    expect(a.map((v) => Math.round(v.x * 1e9) / 1e9)).toEqual([0.1, 0.5, 0.9, 0.1, 0.5, 0.9]);
    expect(a.map((v) => Math.round(v.y * 1e9) / 1e9)).toEqual([0.05, 0.05, 0.05, 0.45, 0.45, 0.45]);
  });

  it('points along the negative gradient with its magnitude', () => {
    const a = arrowField(grad, domain, 1, { normalize: 'raw' });
    expect(a[8]).toEqual({ x: 1, y: 1, dx: -2, dy: -4, mag: Math.hypot(2, 4) });
    expect(a[4]).toEqual({ x: 0, y: 0, dx: 0, dy: 0, mag: 0 });
  });

  it('gives every non-zero arrow the same length when normalised to unit', () => {
    const a = arrowField(grad, domain, 1, { normalize: 'unit', length: 0.5 });
    for (const v of a) if (v.mag > 0) expect(Math.hypot(v.dx, v.dy)).toBeCloseTo(0.5, 12);
  });

  it('scales so the longest arrow has the target length, keeping ratios', () => {
    const a = arrowField(grad, domain, 1);
    const lengths = a.map((v) => Math.hypot(v.dx, v.dy));
    expect(Math.max(...lengths)).toBeCloseTo(0.8, 12);
    expect((a[5]?.dx ?? 0) / (a[8]?.dx ?? 1)).toBeCloseTo(1, 12); // same x, same 2x
  });

  it('skips points where the gradient is not finite', () => {
    const bad = (p: ArrayLike<number>, out: Float64Array) => {
      out[0] = (p[0] ?? 0) > 0 ? NaN : 1;
      out[1] = 0;
      return out;
    };
    expect(arrowField(bad, domain, 1).length).toBe(6);
  });

  it('returns no arrows for a spacing that is not positive', () => {
    expect(arrowField(grad, domain, 0)).toEqual([]);
    expect(arrowField(grad, domain, NaN)).toEqual([]);
  });
});
