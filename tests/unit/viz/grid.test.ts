import { describe, expect, it } from 'vitest';
import { cellX, cellY, gridSizeFor, sampleGrid, sampleObjective } from '~/viz/grid';

const domain = { x: [0, 4], y: [0, 2] } as const;

describe('sampleGrid', () => {
  it('samples at cell centres, row-major with y rows', () => {
    const g = sampleGrid((p) => 10 * (p[0] ?? 0) + (p[1] ?? 0), domain, 2, 2);
    // centres x: 1, 3; y: 0.5, 1.5
    expect(Array.from(g.values)).toEqual([10.5, 30.5, 11.5, 31.5]);
    expect(g.nx).toBe(2);
    expect(g.ny).toBe(2);
    expect(g.min).toBe(10.5);
    expect(g.max).toBe(31.5);
  });

  it('reuses one point buffer for every sample', () => {
    const seen = new Set<unknown>();
    sampleGrid((p) => (seen.add(p), 0), domain, 5, 4);
    expect(seen.size).toBe(1);
  });

  it('keeps non-finite samples but leaves them out of min and max', () => {
    const g = sampleGrid((p) => ((p[0] ?? 0) < 2 ? Infinity : (p[1] ?? 0) > 1 ? NaN : 7), domain, 2, 2);
    expect(g.values[0]).toBe(Infinity);
    expect(Number.isNaN(g.values[3])).toBe(true);
    expect([g.min, g.max]).toEqual([7, 7]);
  });

  it('reports NaN extremes when nothing is finite', () => {
    const g = sampleGrid(() => NaN, domain, 3, 3);
    expect(g.min).toBeNaN();
    expect(g.max).toBeNaN();
  });

  it('rejects sizes that are not positive integers', () => {
    expect(() => sampleGrid(() => 0, domain, 0, 3)).toThrow(RangeError);
    expect(() => sampleGrid(() => 0, domain, 2.5, 3)).toThrow(RangeError);
  });

  it('samples an objective over its own domain', () => {
    const g = sampleObjective({ f: (p) => (p[0] ?? 0) ** 2 + (p[1] ?? 0) ** 2, domain: { x: [-1, 1], y: [-1, 1] } }, 2, 2);
    expect(Array.from(g.values)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('gives the same centre positions as cellX and cellY', () => {
    const g = sampleGrid((p) => (p[0] ?? 0) * 1000 + (p[1] ?? 0), domain, 8, 3);
    expect(g.values[5 + 2 * 8]).toBeCloseTo(cellX(domain, 8, 5) * 1000 + cellY(domain, 3, 2), 9);
  });
});

describe('gridSizeFor', () => {
  it('takes one sample every few pixels', () => {
    expect(gridSizeFor(400, 300, 2)).toEqual([200, 150]);
  });

  it('caps the number of samples while keeping the aspect', () => {
    const [nx, ny] = gridSizeFor(2000, 1000, 1, 20_000);
    expect(nx * ny).toBeLessThanOrEqual(20_000);
    expect(nx / ny).toBeCloseTo(2, 1);
  });
});
