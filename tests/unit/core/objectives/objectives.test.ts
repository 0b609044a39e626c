import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  findObjective,
  getObjective,
  isObjectiveId,
  objectiveIds,
  objectivesOfDim,
  refineCriticalPoint,
} from '../../../../src/core/objectives';
import { makeRng } from '../../../../src/core/rng';
import type { Objective } from '../../../../src/core/types';

const all = objectiveIds.map((id) => [id, getObjective(id)] as const);

/** A random point in the objective's domain (x only for curves). */
function randomPoint(o: Objective, rng: ReturnType<typeof makeRng>): Float64Array {
  const p = new Float64Array(o.dim);
  const [x0, x1] = o.domain.x;
  p[0] = x0 + rng.next() * (x1 - x0);
  if (o.dim === 2) {
    const [y0, y1] = o.domain.y;
    p[1] = y0 + rng.next() * (y1 - y0);
  }
  if (o.id === 'volcano') {
    // Keep central differences inside one grid cell, where the Hessian is smooth.
    for (let k = 0; k < o.dim; k++) {
      const c = Math.floor((p[k] ?? 0) / 10);
      p[k] = 10 * (c + 0.05 + 0.9 * rng.next());
    }
  }
  return p;
}

/** Central-difference gradient with a step scaled to the point. */
function fdGrad(o: Objective, x: Float64Array): Float64Array {
  const g = new Float64Array(o.dim);
  const y = Float64Array.from(x);
  for (let k = 0; k < o.dim; k++) {
    const xk = x[k] ?? 0;
    const h = 1e-5 * Math.max(1, Math.abs(xk));
    y[k] = xk + h;
    const fp = o.f(y);
    y[k] = xk - h;
    const fm = o.f(y);
    y[k] = xk;
    g[k] = (fp - fm) / (2 * h);
  }
  return g;
}

/** Central-difference Hessian from the analytic gradient, row-major. */
function fdHessian(o: Objective, x: Float64Array): Float64Array {
  const n = o.dim;
  const H = new Float64Array(n * n);
  const y = Float64Array.from(x);
  const gp = new Float64Array(n);
  const gm = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const xk = x[k] ?? 0;
    const h = 1e-5 * Math.max(1, Math.abs(xk));
    y[k] = xk + h;
    o.grad(y, gp);
    y[k] = xk - h;
    o.grad(y, gm);
    y[k] = xk;
    for (let r = 0; r < n; r++) H[r * n + k] = ((gp[r] ?? 0) - (gm[r] ?? 0)) / (2 * h);
  }
  return H;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, rel: number, abs = rel): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] ?? NaN;
    const e = expected[i] ?? NaN;
    expect(Math.abs(a - e), `component ${i}: ${a} vs ${e}`).toBeLessThanOrEqual(abs + rel * Math.abs(e));
  }
}

/** Spectral norm of a symmetric 1x1 or 2x2 matrix. */
function symNorm(H: Float64Array): number {
  if (H.length === 1) return Math.abs(H[0] ?? 0);
  const a = H[0] ?? 0;
  const b = H[1] ?? 0;
  const d = H[3] ?? 0;
  const m = (a + d) / 2;
  const r = Math.hypot((a - d) / 2, b);
  return Math.max(Math.abs(m + r), Math.abs(m - r));
}

describe('the objective registry', () => {
  it('lists every surface once, under its own id', () => {
    expect(new Set(objectiveIds).size).toBe(objectiveIds.length);
    for (const [id, o] of all) expect(o.id).toBe(id);
  });

  it('finds known ids and rejects unknown or hostile ones', () => {
    expect(findObjective('rosenbrock')?.id).toBe('rosenbrock');
    for (const bad of ['', 'nope', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(findObjective(bad)).toBeUndefined();
      expect(isObjectiveId(bad)).toBe(false);
    }
    expect(() => getObjective('nope' as never)).toThrow(/Unknown objective 'nope'/);
  });

  it('groups the curves of chapter 1 by dimension', () => {
    expect(objectivesOfDim(1).map((o) => o.id)).toEqual(['parabola', 'quartic', 'hiking']);
    expect(objectivesOfDim(2)).toHaveLength(objectiveIds.length - 3);
  });
});

describe.each(all)('objective %s', (_id, o) => {
  it('has TeX that KaTeX renders', () => {
    expect(() => katex.renderToString(o.tex, { throwOnError: true })).not.toThrow();
  });

  it('has dimension 1 or 2, a non-empty domain and a start inside it', () => {
    expect([1, 2]).toContain(o.dim);
    expect(o.domain.x[0]).toBeLessThan(o.domain.x[1]);
    expect(o.domain.y[0]).toBeLessThan(o.domain.y[1]);
    expect(o.start).toHaveLength(o.dim);
    expect(o.start[0]).toBeGreaterThanOrEqual(o.domain.x[0]);
    expect(o.start[0]).toBeLessThanOrEqual(o.domain.x[1]);
    if (o.dim === 2) {
      expect(o.start[1]).toBeGreaterThanOrEqual(o.domain.y[0]);
      expect(o.start[1]).toBeLessThanOrEqual(o.domain.y[1]);
    }
    expect(Number.isFinite(o.f(o.start))).toBe(true);
  });

  it('has an analytic gradient that matches central differences at 200 random points', () => {
    const rng = makeRng(`grad-${o.id}`);
    const g = new Float64Array(o.dim);
    for (let i = 0; i < 200; i++) {
      const x = randomPoint(o, rng);
      expect(o.grad(x, g)).toBe(g);
      expectClose(g, fdGrad(o, x), 1e-5, 1e-5);
    }
  });

  if (o.hessian) it('has a symmetric Hessian that matches differences of the gradient', () => {
    const rng = makeRng(`hess-${o.id}`);
    const H = new Float64Array(o.dim * o.dim);
    for (let i = 0; i < 200; i++) {
      const x = randomPoint(o, rng);
      o.hessian?.(x, H);
      if (o.dim === 2) expect(H[1]).toBe(H[2]);
      expectClose(H, fdHessian(o, x), 1e-5, 1e-5);
    }
  });

  if (o.lipschitz !== undefined) it('has a gradient Lipschitz constant that bounds the Hessian', () => {
    const rng = makeRng(`lip-${o.id}`);
    const H = new Float64Array(o.dim * o.dim);
    let largest = 0;
    for (let i = 0; i < 500; i++) {
      o.hessian?.(randomPoint(o, rng), H);
      const n = symNorm(H);
      expect(n).toBeLessThanOrEqual((o.lipschitz ?? 0) * (1 + 1e-12));
      largest = Math.max(largest, n);
    }
    expect(largest).toBeGreaterThan((o.lipschitz ?? 0) * 0.99);
  });

  const points = [...o.minima, ...(o.saddles ?? []), ...(o.maxima ?? [])];
  if (points.length > 0) it('lists critical points with zero gradient, the stated value and kind', () => {
    const g = new Float64Array(o.dim);
    const H = new Float64Array(o.dim * o.dim);
    for (const c of points) {
      expect(c.point).toHaveLength(o.dim);
      o.grad(c.point, g);
      const scale = Math.max(1, ...c.point.map(Math.abs));
      for (const gi of g) expect(Math.abs(gi)).toBeLessThan(1e-9 * scale);
      expect(o.f(c.point)).toBeCloseTo(c.value, 10);
      if (o.hessian && !(o.id === 'monkey-saddle')) {
        o.hessian(c.point, H);
        const a = H[0] ?? 0;
        const det = o.dim === 1 ? a : a * (H[3] ?? 0) - (H[1] ?? 0) * (H[2] ?? 0);
        if (c.kind === 'saddle') expect(det).toBeLessThan(0);
        else if (o.dim === 1) expect(Math.sign(a)).toBe(c.kind === 'max' ? -1 : 1);
        else {
          expect(det).toBeGreaterThan(0);
          expect(Math.sign(a)).toBe(c.kind === 'max' ? -1 : 1);
        }
      }
    }
  });

  // The volcano's lowest point is on the map's edge, not a critical point, so it lists only the crater.
  if (o.minima.length > 0 && o.id !== 'volcano') it('puts its global minima at the lowest listed value, below random points', () => {
    const globals = o.minima.filter((m) => m.kind === 'global-min');
    expect(globals.length).toBeGreaterThan(0);
    const best = Math.min(...globals.map((m) => m.value));
    for (const m of o.minima) expect(m.value).toBeGreaterThanOrEqual(best - 1e-12);
    for (const m of globals) expect(m.value).toBeCloseTo(best, 12);
    const rng = makeRng(`min-${o.id}`);
    for (let i = 0; i < 2000; i++) expect(o.f(randomPoint(o, rng))).toBeGreaterThanOrEqual(best - 1e-12);
  });

  if (o.hessian && o.id !== 'volcano') it('has critical points that Newton refinement leaves in place', () => {
    for (const c of [...o.minima, ...(o.saddles ?? []), ...(o.maxima ?? [])]) {
      if (o.id === 'monkey-saddle') continue; // degenerate: singular Hessian
      const r = refineCriticalPoint(o, c.point);
      expect(r).toBeDefined();
      expectClose(r?.point ?? [], c.point, 1e-9, 1e-9);
    }
  });
});
