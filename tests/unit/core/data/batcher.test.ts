import { describe, expect, it } from 'vitest';
import { makeBatcher } from '../../../../src/core/data';
import { makeRng } from '../../../../src/core/rng';

describe('makeBatcher', () => {
  it.each([
    [10, 3],
    [342, 32],
    [7, 7],
    [5, 1],
  ])('with n = %d and batch size %d visits every index exactly once per epoch', (n, batchSize) => {
    const b = makeBatcher({ n, batchSize, rng: makeRng(5) });
    expect(b.batchesPerEpoch).toBe(Math.ceil(n / batchSize));
    for (let epoch = 0; epoch < 3; epoch++) {
      const seen = new Array<number>(n).fill(0);
      for (let k = 0; k < b.batchesPerEpoch; k++) {
        const idx = b.next();
        expect(b.epoch).toBe(epoch);
        expect(b.batchInEpoch).toBe(k);
        expect(idx.length).toBe(Math.min(batchSize, n - k * batchSize));
        for (const i of idx) seen[i] = (seen[i] ?? 0) + 1;
      }
      expect(seen.every((c) => c === 1)).toBe(true);
    }
  });

  it('gives the same batches for the same seed and different ones for another', () => {
    const take = (seed: number): number[][] => {
      const b = makeBatcher({ n: 50, batchSize: 8, rng: makeRng(seed) });
      return Array.from({ length: 20 }, () => Array.from(b.next()));
    };
    expect(take(11)).toEqual(take(11));
    expect(take(11)).not.toEqual(take(12));
  });

  it('reshuffles between epochs', () => {
    const b = makeBatcher({ n: 20, batchSize: 20, rng: makeRng(3) });
    const first = Array.from(b.next());
    const second = Array.from(b.next());
    expect(second).not.toEqual(first);
    expect([...second].sort((u, v) => u - v)).toEqual([...first].sort((u, v) => u - v));
  });

  it('drops the short last batch when asked', () => {
    const b = makeBatcher({ n: 10, batchSize: 4, rng: makeRng(1), dropLast: true });
    expect(b.batchesPerEpoch).toBe(2);
    expect([b.next().length, b.next().length, b.next().length]).toEqual([4, 4, 4]);
    expect(b.epoch).toBe(1);
  });

  it('resets to epoch 0', () => {
    const b = makeBatcher({ n: 6, batchSize: 4, rng: makeRng(1) });
    b.next();
    b.next();
    b.next();
    expect(b.epoch).toBe(1);
    b.reset();
    expect(b.epoch).toBe(0);
    b.next();
    expect(b.epoch).toBe(0);
  });

  it.each([
    [{ n: 0, batchSize: 1 }, /n must be a positive integer, got 0/],
    [{ n: 5, batchSize: 6 }, /batchSize must be an integer in \[1, 5\], got 6/],
    [{ n: 5, batchSize: 1.5 }, /batchSize/],
  ])('rejects %o', (o, msg) => {
    expect(() => makeBatcher({ ...o, rng: makeRng(1) })).toThrow(msg);
  });
});
