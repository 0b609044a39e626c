/**
 * The basin maps' Adam path (`descendAdam2Many`, several runs interleaved, the
 * per-step constants tabulated) must give exactly what the shared optimizer
 * module gives through `descendInPlace`: the same end point to the last bit for
 * every start, hence the same basin codes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeOptimizer } from '~/core';
import {
  BASIN_DIVERGED,
  adam2Tables,
  basinMap,
  classifyEnd,
  defaultRadius,
  descendAdam2Many,
  descendInPlace,
  randomStarts,
  type BasinOptimizer,
  type BasinSpec,
} from '~/core/many-starts';
import { himmelblau, rastrigin, sixHumpCamel, twoWell } from '~/core/objectives';
import type { Objective } from '~/core/types';

/** The map as basinRows computed it before the Adam path: one generic run per cell. */
function genericMap(spec: BasinSpec): Uint8Array {
  const { objective, domain, nx, ny, steps } = spec;
  const radius = spec.radius ?? defaultRadius(domain);
  const bound = spec.bound ?? 1e3;
  const opt = makeOptimizer(spec.optimizer.id, spec.optimizer.params);
  const out = new Uint8Array(nx * ny);
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  for (let j = 0; j < ny; j++) {
    const cy = domain.y[1] - ((j + 0.5) / ny) * (domain.y[1] - domain.y[0]);
    for (let i = 0; i < nx; i++) {
      x[0] = domain.x[0] + ((i + 0.5) / nx) * (domain.x[1] - domain.x[0]);
      x[1] = cy;
      const ok = descendInPlace(objective, opt, x, g, steps, bound, objective.minima, radius);
      out[j * nx + i] = ok ? classifyEnd(objective.minima, x[0], x[1], radius) : BASIN_DIVERGED;
    }
  }
  return out;
}

/** End points and ok flags of the generic path for flat starts. */
function genericEnds(objective: Objective, optimizer: BasinOptimizer, starts: Float64Array, steps: number, bound: number, radius: number) {
  const opt = makeOptimizer(optimizer.id, optimizer.params);
  const m = starts.length / 2;
  const ends = new Float64Array(2 * m);
  const ok = new Uint8Array(m);
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  for (let k = 0; k < m; k++) {
    x[0] = starts[2 * k]!;
    x[1] = starts[2 * k + 1]!;
    ok[k] = descendInPlace(objective, opt, x, g, steps, bound, objective.minima, radius) ? 1 : 0;
    ends[2 * k] = x[0];
    ends[2 * k + 1] = x[1];
  }
  return { ends, ok };
}

const CASES: { name: string; objective: Objective; optimizer: BasinOptimizer; steps: number; bound?: number }[] = [
  { name: 'Himmelblau, Adam lr 0.01 (the figure default)', objective: himmelblau, optimizer: { id: 'adam', params: { lr: 0.01 } }, steps: 300 },
  { name: 'Himmelblau, Adam lr 0.1', objective: himmelblau, optimizer: { id: 'adam', params: { lr: 0.1 } }, steps: 300 },
  { name: 'Himmelblau, Adam lr 0.5, 37 steps', objective: himmelblau, optimizer: { id: 'adam', params: { lr: 0.5 } }, steps: 37 },
  { name: 'two wells, Adam with L2 decay, no bias correction', objective: twoWell, optimizer: { id: 'adam', params: { lr: 0.05, weightDecay: 0.1, biasCorrection: false } }, steps: 200 },
  { name: 'six-hump camel, AdamW, other betas and eps', objective: sixHumpCamel, optimizer: { id: 'adamw', params: { lr: 0.03, beta1: 0.5, beta2: 0.9, eps: 1e-3, weightDecay: 0.2 } }, steps: 150 },
  { name: 'Rastrigin, Adam lr 0.3, a small bound (runs diverge)', objective: rastrigin, optimizer: { id: 'adam', params: { lr: 0.3 } }, steps: 120, bound: 3 },
];

describe('the Adam path of basin maps', () => {
  it.each(CASES)('gives the generic path’s map: $name', ({ objective, optimizer, steps, bound }) => {
    const spec: BasinSpec = { objective, optimizer, domain: objective.domain, nx: 37, ny: 29, steps, ...(bound ? { bound } : {}) };
    expect(adam2Tables(makeOptimizer(optimizer.id, optimizer.params), steps)).not.toBeNull();
    const fast = basinMap(spec);
    const slow = genericMap(spec);
    expect(Array.from(fast)).toEqual(Array.from(slow));
  });

  it.each(CASES)('ends every run at the generic path’s point, bit for bit: $name', ({ objective, optimizer, steps, bound = 1e3 }) => {
    const starts = randomStarts(objective.domain, 203, 11);
    const radius = defaultRadius(objective.domain);
    const want = genericEnds(objective, optimizer, starts, steps, bound, radius);
    const xy = starts.slice();
    const ok = new Uint8Array(203);
    descendAdam2Many(objective, adam2Tables(makeOptimizer(optimizer.id, optimizer.params), steps)!, xy, ok, steps, bound, objective.minima, radius);
    expect(Array.from(ok)).toEqual(Array.from(want.ok));
    for (let k = 0; k < xy.length; k++) if (want.ok[k >> 1]) expect(Object.is(xy[k], want.ends[k]), `coordinate ${k}: ${xy[k]} vs ${want.ends[k]}`).toBe(true);
  });

  it('the test cases reach every outcome: settled at each kind of end, unsettled, diverged', () => {
    const seen = new Set<number>();
    for (const { objective, optimizer, steps, bound } of CASES) {
      for (const c of basinMap({ objective, optimizer, domain: objective.domain, nx: 37, ny: 29, steps, ...(bound ? { bound } : {}) })) seen.add(c < 250 ? 0 : c);
    }
    expect([...seen].sort()).toEqual([0, 254, 255]);
  });

  it('matches at the edges: a start on a critical point, zero steps, one start', () => {
    const saddle = twoWell.saddles![0]!.point;
    const tables = adam2Tables(makeOptimizer('adam', { lr: 0.1 }), 50)!;
    for (const steps of [0, 1, 10, 50]) {
      const starts = Float64Array.of(saddle[0]!, saddle[1]!, 1.6, 0.4);
      const want = genericEnds(twoWell, { id: 'adam', params: { lr: 0.1 } }, starts, steps, 1e3, 0.2);
      const xy = starts.slice();
      const ok = new Uint8Array(2);
      descendAdam2Many(twoWell, tables, xy, ok, steps, 1e3, twoWell.minima, 0.2);
      expect(Array.from(xy)).toEqual(Array.from(want.ends));
      expect(Array.from(ok)).toEqual(Array.from(want.ok));
    }
  });

  it('is used only for Adam and AdamW without AMSGrad; tables must cover the steps', () => {
    expect(adam2Tables(makeOptimizer('adam', { lr: 0.1, amsgrad: true }), 10)).toBeNull();
    expect(adam2Tables(makeOptimizer('gd', { lr: 0.1 }), 10)).toBeNull();
    expect(adam2Tables(makeOptimizer('momentum-ema', { lr: 0.1, beta: 0.9 }), 10)).toBeNull();
    const tables = adam2Tables(makeOptimizer('adam', { lr: 0.1 }), 10)!;
    expect(tables.negStep[0]).toBeCloseTo(-1, 12); // -lr / (1 - 0.9)
    expect(() => descendAdam2Many(himmelblau, tables, new Float64Array(2), new Uint8Array(1), 11, 1e3)).toThrow(/11 steps/);
  });
});

describe('the Adam path against the generic path on random hyperparameters (property)', () => {
  it('ends every run at the same point, Object.is on every coordinate, and gives the same map as basinMap(spec, { generic: true })', () => {
    const surfaces = [himmelblau, twoWell, sixHumpCamel, rastrigin];
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3),
        fc.constantFrom('adam' as const, 'adamw' as const),
        fc.double({ min: -3, max: 0, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0.5, max: 0.9999, noNaN: true }),
        fc.double({ min: -12, max: -1, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.boolean(),
        fc.integer({ min: 1, max: 250 }),
        fc.integer({ min: 1, max: 1e6 }),
        (s, id, logLr, beta1, beta2, logEps, weightDecay, biasCorrection, steps, seed) => {
          const objective = surfaces[s]!;
          const optimizer: BasinOptimizer = { id, params: { lr: 10 ** logLr, beta1, beta2, eps: 10 ** logEps, weightDecay, biasCorrection } };
          const radius = defaultRadius(objective.domain);
          const bound = s === 3 ? 4 : 1e3;
          const starts = randomStarts(objective.domain, 40, seed);
          const want = genericEnds(objective, optimizer, starts, steps, bound, radius);
          const xy = starts.slice();
          const ok = new Uint8Array(40);
          descendAdam2Many(objective, adam2Tables(makeOptimizer(optimizer.id, optimizer.params), steps)!, xy, ok, steps, bound, objective.minima, radius);
          expect(Array.from(ok)).toEqual(Array.from(want.ok));
          for (let k = 0; k < xy.length; k++) if (want.ok[k >> 1]) expect(Object.is(xy[k], want.ends[k])).toBe(true);
          const spec: BasinSpec = { objective, optimizer, domain: objective.domain, nx: 9, ny: 7, steps, bound };
          expect(Array.from(basinMap(spec))).toEqual(Array.from(basinMap(spec, { generic: true })));
        },
      ),
      { numRuns: 120 },
    );
  });
});
