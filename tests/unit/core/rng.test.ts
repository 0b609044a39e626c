import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRng, seedToState } from '~/core';

const draw = (seed: number | string, n: number): number[] => {
  const rng = makeRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('mulberry32', () => {
  it.each([
    // Computed independently with a Python port of mulberry32 (unsigned 32-bit arithmetic).
    [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693, 0.17481389874592423]],
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741, 0.9683778982143849]],
    [0, [0.26642920868471265, 0.0003297457005828619, 0.2232720274478197, 0.1462021479383111, 0.46732782293111086]],
  ] as const)('seed %i starts with the known values', (seed, expected) => {
    expect(draw(seed, 5)).toEqual(expected);
  });

  it('the same seed gives the same stream (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(draw(seed, 20)).toEqual(draw(seed, 20));
      }),
    );
  });

  it('different seeds give different streams', () => {
    expect(draw(1, 5)).not.toEqual(draw(2, 5));
    expect(draw('penguins', 5)).not.toEqual(draw('cars', 5));
  });

  it('string seeds hash to a fixed state', () => {
    expect(seedToState('penguins')).toBe(seedToState('penguins'));
    expect(draw('penguins', 3)).toEqual(draw(seedToState('penguins'), 3));
  });

  it('a stream resumes from its state', () => {
    const rng = makeRng(7);
    for (let i = 0; i < 10; i++) rng.next();
    const resumed = makeRng(rng.state);
    expect(Array.from({ length: 5 }, () => resumed.next())).toEqual(Array.from({ length: 5 }, () => rng.next()));
  });

  it('next() stays in [0, 1) and int(n) in [0, n) (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const rng = makeRng(seed);
        for (let i = 0; i < 50; i++) {
          const u = rng.next();
          expect(u >= 0 && u < 1).toBe(true);
          const k = rng.int(n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
    );
  });

  it('shuffle returns a permutation (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 50 }), (seed, arr) => {
        const copy = [...arr];
        makeRng(seed).shuffle(copy);
        expect([...copy].sort((a, b) => a - b)).toEqual([...arr].sort((a, b) => a - b));
      }),
    );
  });

  it('normal() has mean about 0 and variance about 1', () => {
    const rng = makeRng(123);
    const n = 20000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.03);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05);
  });
});
