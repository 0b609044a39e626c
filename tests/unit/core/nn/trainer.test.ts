import { describe, expect, it } from 'vitest';
import { activationSlope, chainExample, makeTrainer, type TrainerOptions } from '../../../../src/core/nn';

const base: TrainerOptions = { data: 'circles', hidden: [4], activation: 'tanh', optimizer: { id: 'adam', params: { lr: 0.03 } }, batchSize: 16, seed: 1 };

describe('makeTrainer', () => {
  it('records the full-data loss before and after every step, and training lowers it', () => {
    const tr = makeTrainer(base);
    expect(tr.losses().length).toBe(1);
    expect(tr.losses()[0]).toBeGreaterThan(0.6);
    for (let t = 0; t < 1000; t++) tr.step();
    expect(tr.steps).toBe(1000);
    expect(tr.losses().length).toBe(1001);
    expect(tr.losses()[1000]).toBeLessThan(0.15);
    expect(tr.accuracy()).toBeGreaterThanOrEqual(0.95);
  });

  it('replays exactly from the same options (data, weights and batches all come from the seed)', () => {
    const a = makeTrainer(base);
    const b = makeTrainer(base);
    for (let t = 0; t < 50; t++) {
      a.step();
      b.step();
    }
    expect(Array.from(a.net.params)).toEqual(Array.from(b.net.params));
    const c = makeTrainer({ ...base, seed: 2 });
    for (let t = 0; t < 50; t++) c.step();
    expect(Array.from(c.net.params)).not.toEqual(Array.from(a.net.params));
  });

  it('reports each layer’s weight-gradient RMS, zero before the first step', () => {
    const tr = makeTrainer({ ...base, hidden: [4, 4] });
    expect(Array.from(tr.gradRms())).toEqual([0, 0, 0]);
    tr.step();
    const rms = Array.from(tr.gradRms());
    expect(rms).toHaveLength(3);
    for (const r of rms) expect(r).toBeGreaterThan(0);
    // Layer 2's RMS by hand from the flat gradient.
    const l = tr.net.layers[1]!;
    const g = tr.net.grad.subarray(l.wOffset, l.bOffset);
    expect(rms[1]).toBeCloseTo(Math.sqrt(g.reduce((s, x) => s + x * x, 0) / g.length), 12);
  });

  it('one batch of all the points is full-batch gradient descent', () => {
    const tr = makeTrainer({ ...base, batchSize: 500, optimizer: { id: 'gd', params: { lr: 0.5 } } });
    expect(tr.batcher.batchesPerEpoch).toBe(1);
    tr.step();
    tr.step();
    expect(tr.batcher.epoch).toBe(1);
  });

  it('stops and says so when the weights blow up', () => {
    const tr = makeTrainer({ ...base, activation: 'relu', optimizer: { id: 'sgd', params: { lr: 1e200 } } });
    for (let t = 0; t < 50 && !tr.diverged; t++) tr.step();
    expect(tr.diverged).toBe(true);
    expect(Number.isNaN(tr.step())).toBe(true);
  });

  it('two hidden units cannot enclose the inner circle; three can (the chapter’s exercise)', () => {
    const two = makeTrainer({ ...base, hidden: [2] });
    const three = makeTrainer({ ...base, hidden: [3] });
    for (let t = 0; t < 1500; t++) {
      two.step();
      three.step();
    }
    expect(two.accuracy()).toBeLessThan(0.9);
    expect(three.accuracy()).toBeGreaterThanOrEqual(0.95);
  });
});

describe('chainExample', () => {
  it('gives the chapter’s worked numbers by default', () => {
    const s = chainExample();
    expect([s.z1, s.h, s.yhat, s.loss]).toEqual([2, 2, 3, 4]);
    expect([s.dLdyhat, s.dLdw2, s.dLdb2, s.dLdh, s.dLdz1, s.dLdw1, s.dLdb1]).toEqual([-4, -8, -4, -4, -4, -8, -4]);
    expect(s.next.w1).toBeCloseTo(1.4, 12);
    expect(s.next.b1).toBeCloseTo(0.2, 12);
    expect(s.next.w2).toBeCloseTo(1.4, 12);
    expect(s.next.b2).toBeCloseTo(1.2, 12);
    expect(s.next.loss).toBeCloseTo(0.16, 12);
  });

  it('overshoots with the chapter-2 step size 0.1 (loss 4 -> 12.96)', () => {
    expect(chainExample({ lr: 0.1 }).next.loss).toBeCloseTo(12.96, 10);
  });

  it.each(['relu', 'tanh', 'sigmoid'] as const)('matches finite differences for %s', (activation) => {
    const p = { x: 0.7, y: -0.4, w1: 0.9, b1: 0.3, w2: -1.3, b2: 0.2, activation };
    const s = chainExample(p);
    const h = 1e-6;
    const L = (q: typeof p) => chainExample(q).loss;
    for (const [k, g] of [['w1', s.dLdw1], ['b1', s.dLdb1], ['w2', s.dLdw2], ['b2', s.dLdb2]] as const) {
      const fd = (L({ ...p, [k]: p[k] + h }) - L({ ...p, [k]: p[k] - h })) / (2 * h);
      expect(g).toBeCloseTo(fd, 6);
    }
  });

  it('a switched-off ReLU passes no gradient to the first layer', () => {
    const s = chainExample({ b1: -3 });
    expect(s.z1).toBeLessThan(0);
    expect(s.dLdw1).toBe(0);
    expect(s.dLdb1).toBe(0);
    expect(s.dLdb2).not.toBe(0);
  });

  it('activation slopes: ReLU is 0 at 0, tanh 1 at 0, sigmoid 1/4 at 0', () => {
    expect(activationSlope('relu', 0)).toBe(0);
    expect(activationSlope('relu', 2)).toBe(1);
    expect(activationSlope('tanh', 0)).toBe(1);
    expect(activationSlope('sigmoid', 0)).toBe(0.25);
  });
});
