import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, batchGradientSpread, makeBatcher, makeLeastSquares, makeRng, penguins, run, runMiniBatch, sampleBatchGradients, standardize } from '~/core';

const std = standardize(penguins.x, penguins.y);
const J = makeLeastSquares(std.x, std.y);

describe('runMiniBatch', () => {
  it('with B = n is plain gradient descent, one update per epoch', () => {
    const r = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.3 } }, start: [-1, 1], batchSize: J.n, epochs: 5, seed: 1 });
    const gd = run({ objective: J, optimizer: { id: 'gd', params: { lr: 0.3 } }, start: [-1, 1], steps: 5 });
    expect(r.length).toBe(5);
    for (let i = 0; i < 12; i++) expect(r.positions[i]).toBeCloseTo(gd.positions[i] ?? NaN, 12);
  });

  it('counts updates and epochs, and replays the same noise for the same seed', () => {
    const a = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1, 1], batchSize: 32, epochs: 2, seed: 9 });
    const b = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1, 1], batchSize: 32, epochs: 2, seed: 9 });
    const c = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1, 1], batchSize: 32, epochs: 2, seed: 10 });
    expect(a.updatesPerEpoch).toBe(11);
    expect(a.length).toBe(22);
    expect(a.epochs).toBe(2);
    expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
    expect(Array.from(a.positions)).not.toEqual(Array.from(c.positions));
    expect(a.epochOf[0]).toBe(1);
    expect(a.epochOf[21]).toBe(2);
  });

  it('stochastic GD with a decaying rate ends closer to the minimum than with a constant one', () => {
    const opts = { objective: J, optimizer: { id: 'gd', params: { lr: 0.05 } }, start: [-1.2, 1.6], batchSize: 1, epochs: 5, seed: 7 } as const;
    const flat = runMiniBatch(opts);
    const decayed = runMiniBatch({ ...opts, schedule: { kind: 'inverse-time', k: 1 / J.n } });
    const min = J.minima[0]!.value;
    expect((decayed.loss[decayed.length] ?? 0) - min).toBeLessThan((flat.loss[flat.length] ?? 0) - min);
  });

  it('stops, marked diverged, when the steps blow up; positions stay finite', () => {
    const r = runMiniBatch({ objective: J, optimizer: { id: 'gd', params: { lr: 5 } }, start: [-1, 1], batchSize: 8, epochs: 3, seed: 1, bound: 1e3 });
    expect(r.status.kind).toBe('diverged');
    for (const v of r.positions) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('mini-batch gradient spread', () => {
  it('is sigma at B = 1, zero at B = n, and follows sigma / sqrt(B) for small B', () => {
    const p = [-1.2, 1.6];
    const one = batchGradientSpread(J, p, 1);
    expect(one.exact).toBeCloseTo(one.sigma, 12);
    expect(batchGradientSpread(J, p, J.n).exact).toBe(0);
    const b8 = batchGradientSpread(J, p, 8);
    expect(b8.exact / b8.simple).toBeGreaterThan(0.98);
  });

  it('matches the sampled spread within sampling error', () => {
    for (const B of [1, 8, 64]) {
      const s = sampleBatchGradients(J, [-1.2, 1.6], B, 2000, 5);
      expect(s.spread / batchGradientSpread(J, [-1.2, 1.6], B).exact).toBeGreaterThan(0.93);
      expect(s.spread / batchGradientSpread(J, [-1.2, 1.6], B).exact).toBeLessThan(1.07);
    }
  });
});

describe('runMiniBatch is a wrapper over run() (property)', () => {
  it('equals run() fed the same seeded batches, bit for bit, with the epochs and samples counted', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        fc.double({ min: -3, max: 0.7, noNaN: true }),
        fc.integer({ min: 1, max: J.n }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.boolean(),
        (id, logLr, batchSize, epochs, seed, decay) => {
          const optimizer = { id, params: { lr: 10 ** logLr } };
          const schedule = decay ? ({ kind: 'inverse-time', k: 0.05 } as const) : undefined;
          const r = runMiniBatch({ objective: J, optimizer, start: [-1, 1], batchSize, epochs, seed, bound: 1e3, ...(schedule ? { schedule } : {}) });
          const batcher = makeBatcher({ n: J.n, batchSize, rng: makeRng(seed) });
          const epochOf: number[] = [];
          const sizes: number[] = [];
          const grad = (x: ArrayLike<number>, out: Float64Array) => {
            const idx = batcher.next();
            epochOf.push(batcher.epoch + 1);
            sizes.push(idx.length);
            return J.batchGrad(x, idx, out);
          };
          const ref = run({ objective: { dim: J.dim, f: (x) => J.f(x), grad }, optimizer, start: [-1, 1], steps: batcher.batchesPerEpoch * epochs, stop: { bound: 1e3 }, ...(schedule ? { schedule } : {}) });
          expect(r.length).toBe(ref.length);
          expect(r.status).toEqual(ref.status);
          expect(Array.from(r.positions).every((v, i) => Object.is(v, ref.positions[i]))).toBe(true);
          expect(Array.from(r.loss).every((v, i) => Object.is(v, ref.loss[i]))).toBe(true);
          expect(Array.from(r.epochOf)).toEqual(epochOf.slice(0, r.length));
          const used = r.status.kind === 'diverged' ? r.length + 1 : r.length;
          expect(r.samplesSeen).toBe(sizes.slice(0, used).reduce((a, b) => a + b, 0));
          expect(r.updatesPerEpoch).toBe(Math.ceil(J.n / batchSize));
        },
      ),
      { numRuns: 120 },
    );
  });
});
