import { describe, expect, it } from 'vitest';
import { makeQuadratic, run } from '~/core';
import { withGradientNoise } from '~/core/noise';
import { dippedSlope } from '~/core/objectives/dipped-slope';

describe('withGradientNoise', () => {
  it('is reproducible for a seed and exact for sigma 0', () => {
    const a = withGradientNoise(dippedSlope, 1, 5);
    const b = withGradientNoise(dippedSlope, 1, 5);
    const ga = new Float64Array(2);
    const gb = new Float64Array(2);
    a.grad([0, 0], ga);
    b.grad([0, 0], gb);
    expect(Array.from(ga)).toEqual(Array.from(gb));
    const exact = new Float64Array(2);
    dippedSlope.grad([0, 0], exact);
    expect(Array.from(withGradientNoise(dippedSlope, 0, 5).grad([0, 0], new Float64Array(2)))).toEqual(Array.from(exact));
    expect(ga[0]).not.toBe(exact[0]);
    a.reset();
    expect(Array.from(a.grad([0, 0], new Float64Array(2)))).toEqual(Array.from(ga));
    expect(() => withGradientNoise(dippedSlope, -1, 1)).toThrow();
  });
  it('with sigma 0 is the objective itself; with noise it replays after reset', () => {
    const q = makeQuadratic({ kappa: 4, angle: 0 });
    const clean = withGradientNoise(q, 0, 1);
    expect(Array.from(clean.grad([1, 2], new Float64Array(2)))).toEqual(Array.from(q.grad([1, 2], new Float64Array(2))));
    const noisy = withGradientNoise(q, 0.5, 1);
    noisy.reset();
    const a = run({ objective: noisy, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 20 });
    noisy.reset();
    const b = run({ objective: noisy, optimizer: { id: 'gd', params: { lr: 0.1 } }, start: [1, 1], steps: 20 });
    expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
  });
});

describe('withGradientNoise with a density (sparse features)', () => {
  const q = makeQuadratic({ kappa: 4, angle: 0 });
  it('is reproducible from its seed and never sees a coordinate of density 0', () => {
    const a = withGradientNoise(q, 1, 9, { density: [1, 0] }).grad;
    const b = withGradientNoise(q, 1, 9, { density: [1, 0] }).grad;
    for (let k = 0; k < 20; k++) {
      const ga = a([1, 1], new Float64Array(2));
      const gb = b([1, 1], new Float64Array(2));
      expect(Array.from(ga)).toEqual(Array.from(gb));
      expect(ga[1]).toBe(0);
    }
  });
  it('with sigma = 0 and full density it is the true gradient', () => {
    const g = withGradientNoise(q, 0, 1, { density: [1, 1] }).grad([1, 2], new Float64Array(2));
    expect(Array.from(g)).toEqual(Array.from(q.grad([1, 2], new Float64Array(2))));
  });
});
