import { describe, expect, it } from 'vitest';
import { makeQuadratic, quadratic } from '../../../../src/core/objectives';

/** Plain gradient descent, returning the final point. */
function gd(o: typeof quadratic, lr: number, steps: number): Float64Array {
  const x = Float64Array.from(o.start);
  const g = new Float64Array(2);
  for (let t = 0; t < steps; t++) {
    o.grad(x, g);
    x[0] = (x[0] ?? 0) - lr * (g[0] ?? 0);
    x[1] = (x[1] ?? 0) - lr * (g[1] ?? 0);
  }
  return x;
}

describe('makeQuadratic', () => {
  it.each([
    [1, 0],
    [10, Math.PI / 6],
    [100, -1],
    [4, Math.PI / 2],
  ])('with kappa %d and angle %d has Hessian eigenvalues mu and kappa mu along the rotated axes', (kappa, angle) => {
    const q = makeQuadratic({ kappa, angle, mu: 0.5 });
    const H = q.hessian?.([0, 0], new Float64Array(4)) ?? new Float64Array(4);
    const flat = [Math.cos(angle), Math.sin(angle)];
    const steep = [-Math.sin(angle), Math.cos(angle)];
    const apply = (v: number[]) => [(H[0] ?? 0) * (v[0] ?? 0) + (H[1] ?? 0) * (v[1] ?? 0), (H[2] ?? 0) * (v[0] ?? 0) + (H[3] ?? 0) * (v[1] ?? 0)];
    const hf = apply(flat);
    const hs = apply(steep);
    expect(hf[0]).toBeCloseTo(0.5 * (flat[0] ?? 0), 12);
    expect(hf[1]).toBeCloseTo(0.5 * (flat[1] ?? 0), 12);
    expect(hs[0]).toBeCloseTo(0.5 * kappa * (steep[0] ?? 0), 12);
    expect(hs[1]).toBeCloseTo(0.5 * kappa * (steep[1] ?? 0), 12);
    expect(q.lipschitz).toBe(0.5 * kappa);
  });

  it('gives plain gradient descent convergence below lr = 2/L and divergence above it', () => {
    const L = quadratic.lipschitz ?? NaN;
    expect(L).toBe(10);
    const near = gd(quadratic, 1.9 / L, 2000);
    expect(Math.hypot(near[0] ?? NaN, near[1] ?? NaN)).toBeLessThan(1e-8);
    const far = gd(quadratic, 2.1 / L, 200);
    expect(Math.hypot(far[0] ?? 0, far[1] ?? 0)).toBeGreaterThan(1e3);
  });

  it('writes its numbers into the TeX and is f = 1/2 x^T A x', () => {
    const q = makeQuadratic({ kappa: 9, angle: 0 });
    expect(q.tex).toBe('f(x,y) = \\tfrac{1}{2}\\left(1\\,x^2 + 9\\,y^2\\right)');
    expect(q.f([2, 1])).toBeCloseTo(0.5 * (4 + 9), 12);
  });

  it.each([
    [{ kappa: 0.5, angle: 0 }, /kappa must be a finite number >= 1, got 0.5/],
    [{ kappa: Number.NaN, angle: 0 }, /kappa/],
    [{ kappa: 2, angle: 0, mu: 0 }, /mu must be a finite number > 0, got 0/],
    [{ kappa: 2, angle: Infinity }, /angle must be finite/],
  ])('rejects invalid parameters %o', (p, msg) => {
    expect(() => makeQuadratic(p)).toThrow(msg);
  });
});
