import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { parseObjective } from '../../../../src/core/expr';
import { rosenbrock } from '../../../../src/core/objectives';
import { makeRng } from '../../../../src/core/rng';

describe('parseObjective', () => {
  it("turns a reader's Rosenbrock into the same surface as the built-in record", () => {
    const r = parseObjective('(1 - x)^2 + 100(y - x^2)^2');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const o = r.objective;
    const rng = makeRng('custom-rosenbrock');
    const g1 = new Float64Array(2);
    const g2 = new Float64Array(2);
    const h1 = new Float64Array(4);
    const h2 = new Float64Array(4);
    for (let i = 0; i < 100; i++) {
      const p = [rng.next() * 4 - 2, rng.next() * 4 - 1];
      expect(o.f(p)).toBeCloseTo(rosenbrock.f(p), 9);
      o.grad(p, g1);
      rosenbrock.grad(p, g2);
      o.hessian?.(p, h1);
      rosenbrock.hessian?.(p, h2);
      for (let k = 0; k < 2; k++) expect(g1[k]).toBeCloseTo(g2[k] ?? NaN, 9);
      for (let k = 0; k < 4; k++) expect(h1[k]).toBeCloseTo(h2[k] ?? NaN, 9);
    }
  });

  it('fills in id, label, KaTeX-ready tex, a default domain and a start inside it', () => {
    const r = parseObjective('  x^2 + 3y^2 ');
    if (!r.ok) throw r.error;
    expect(r.objective.id).toBe('custom');
    expect(r.objective.label).toBe('x^2 + 3y^2');
    expect(r.objective.tex).toBe('f(x,y) = x^{2} + 3y^{2}');
    expect(() => katex.renderToString(r.objective.tex, { throwOnError: true })).not.toThrow();
    expect(r.objective.dim).toBe(2);
    expect(r.objective.minima).toEqual([]);
    expect(r.objective.domain).toEqual({ x: [-3, 3], y: [-3, 3] });
    expect(r.objective.start[0]).toBeCloseTo(1.8, 12);
    expect(r.objective.start[1]).toBeCloseTo(1.5, 12);
  });

  it('takes a domain, start, id and label from the caller', () => {
    const r = parseObjective('x*y', { id: 'mine', label: 'Mine', domain: { x: [0, 1], y: [0, 2] }, start: [0.5, 0.5] });
    if (!r.ok) throw r.error;
    expect([r.objective.id, r.objective.label, r.objective.start]).toEqual(['mine', 'Mine', [0.5, 0.5]]);
  });

  it('returns the parse error instead of throwing', () => {
    const r = parseObjective('x + foo');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("Unknown name 'foo' at column 5");
  });
});
