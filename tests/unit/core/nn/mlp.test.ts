import { describe, expect, it } from 'vitest';
import { makeBatcher, makeClassification } from '../../../../src/core/data';
import {
  accuracy,
  activations,
  forward,
  loss,
  lossAndGrad,
  makeMlp,
  predictGrid,
  trainStep,
  type StepOptimizer,
} from '../../../../src/core/nn';
import { makeRng } from '../../../../src/core/rng';

/** Plain gradient descent with the optimizer shape the core's optimizers share. */
const plainGd = (lr: number): StepOptimizer => ({
  step(x, g) {
    for (let i = 0; i < x.length; i++) x[i] = (x[i] ?? 0) - lr * (g[i] ?? 0);
  },
});

describe('makeMlp', () => {
  it('lays out W (row-major) then b for every layer in one flat vector', () => {
    const net = makeMlp({ sizes: [2, 3, 4, 2] });
    expect(net.params.length).toBe(2 * 3 + 3 + 3 * 4 + 4 + 4 * 2 + 2);
    expect(net.layers.map((l) => [l.nIn, l.nOut, l.wOffset, l.bOffset])).toEqual([
      [2, 3, 0, 6],
      [3, 4, 9, 21],
      [4, 2, 25, 33],
    ]);
    expect(net.grad.length).toBe(net.params.length);
  });

  it('initialises from the seed: same seed same weights, zero biases, Glorot range', () => {
    const a = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 4 });
    const b = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 4 });
    const c = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 5 });
    expect(Array.from(a.params)).toEqual(Array.from(b.params));
    expect(Array.from(a.params)).not.toEqual(Array.from(c.params));
    const l0 = a.layers[0];
    const r = Math.sqrt(6 / 10);
    for (let k = 0; k < 16; k++) expect(Math.abs(a.params[k] ?? 0)).toBeLessThanOrEqual(r);
    expect(Array.from(a.params.subarray(l0?.bOffset, (l0?.bOffset ?? 0) + 8))).toEqual(new Array(8).fill(0));
  });

  it('uses He initialisation for ReLU (weight variance about 2 / fan_in)', () => {
    const net = makeMlp({ sizes: [200, 200, 2], activation: 'relu', seed: 1 });
    const w = net.params.subarray(0, 200 * 200);
    const v = w.reduce((s, x) => s + x * x, 0) / w.length;
    expect(v).toBeCloseTo(2 / 200, 3);
  });

  it('rejects malformed sizes', () => {
    expect(() => makeMlp({ sizes: [2] })).toThrow(/at least two/);
    expect(() => makeMlp({ sizes: [2, 0, 2] })).toThrow(/positive integers/);
    expect(() => makeMlp({ sizes: [2, 4, 1] })).toThrow(/at least 2 classes/);
  });
});

describe('forward and loss', () => {
  it('outputs probabilities that sum to 1, even for huge logits', () => {
    const net = makeMlp({ sizes: [2, 4, 3], seed: 2 });
    const p = forward(net, [0.3, -0.7], new Float64Array(3));
    expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    net.params.fill(1000);
    const q = forward(net, [1, 1], new Float64Array(3));
    for (const v of q) expect(Number.isFinite(v)).toBe(true);
    const data = { n: 1, x: Float64Array.of(1, 1), labels: Uint8Array.of(0) };
    expect(Number.isFinite(loss(net, data))).toBe(true);
  });

  it('gives loss ln 2 when every weight is zero', () => {
    const net = makeMlp({ sizes: [2, 4, 2] });
    net.params.fill(0);
    expect(loss(net, makeClassification('xor', { n: 20 }))).toBeCloseTo(Math.LN2, 14);
  });
});

describe.each(activations)('backpropagation with %s', (activation) => {
  it('matches central finite differences of the loss for every parameter', () => {
    const data = makeClassification('moons', { n: 12, noise: 0.1, seed: 3 });
    const net = makeMlp({ sizes: [2, 5, 4, 3], activation, seed: `fd-${activation}` });
    // Random biases too, so the check covers them (and ReLU units are not all on one side).
    const rng = makeRng(8);
    for (const l of net.layers) for (let o = 0; o < l.nOut; o++) net.params[l.bOffset + o] = 0.3 * rng.normal();
    data.labels[0] = 2; // use all three output classes
    const idx = [0, 3, 4, 7, 11];
    const g = new Float64Array(net.params.length);
    const L = lossAndGrad(net, data, idx, g);
    expect(L).toBeCloseTo(loss(net, data, idx), 14);
    const h = 1e-6;
    for (let p = 0; p < net.params.length; p++) {
      const keep = net.params[p] ?? 0;
      net.params[p] = keep + h;
      const lp = loss(net, data, idx);
      net.params[p] = keep - h;
      const lm = loss(net, data, idx);
      net.params[p] = keep;
      const fd = (lp - lm) / (2 * h);
      expect(Math.abs((g[p] ?? 0) - fd), `parameter ${p}`).toBeLessThan(1e-7 + 1e-6 * Math.abs(fd));
    }
  });
});

describe('training', () => {
  it('drives the XOR loss below 0.1 with plain full-batch gradient descent', () => {
    const data = makeClassification('xor', { n: 200, noise: 0.05, seed: 1 });
    const net = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 1 });
    const opt = plainGd(0.5);
    const first = loss(net, data);
    let last = first;
    for (let t = 0; t < 2000; t++) last = trainStep(net, data, undefined, opt);
    expect(first).toBeGreaterThan(0.5);
    expect(loss(net, data)).toBeLessThan(0.1);
    expect(last).toBeLessThan(0.1);
    expect(accuracy(net, data)).toBeGreaterThan(0.97);
  });

  it('trains on mini-batches from the batcher', () => {
    const data = makeClassification('blobs', { n: 100, noise: 0.05, seed: 2 });
    const net = makeMlp({ sizes: [2, 4, 2], activation: 'relu', seed: 2 });
    const batches = makeBatcher({ n: data.n, batchSize: 10, rng: makeRng(2) });
    const opt = plainGd(0.2);
    const before = loss(net, data);
    for (let t = 0; t < 300; t++) trainStep(net, data, batches.next(), opt);
    expect(loss(net, data)).toBeLessThan(before / 3);
    expect(batches.epoch).toBe(29);
  });
});

describe('predictGrid', () => {
  it('paints the probability of class 1 row by row, matching forward()', () => {
    const net = makeMlp({ sizes: [2, 6, 2], activation: 'sigmoid', seed: 7 });
    const grid = { x0: -1, x1: 1, y0: -2, y1: 2, nx: 5, ny: 3 };
    const out = predictGrid(net, grid, new Float64Array(15));
    const p = new Float64Array(2);
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 5; i++) {
        forward(net, [-1 + 0.5 * i, -2 + 2 * j], p);
        expect(out[j * 5 + i]).toBeCloseTo(p[1] ?? NaN, 15);
      }
    }
    const p0 = predictGrid(net, grid, new Float64Array(15), 0);
    for (let k = 0; k < 15; k++) expect((p0[k] ?? 0) + (out[k] ?? 0)).toBeCloseTo(1, 14);
  });
});
