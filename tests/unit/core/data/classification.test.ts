import { describe, expect, it } from 'vitest';
import { classificationKinds, makeClassification } from '../../../../src/core/data';

describe.each(classificationKinds)('the %s data set', (kind) => {
  it('has n points with balanced 0/1 labels inside a bounded square', () => {
    const d = makeClassification(kind, { n: 201, noise: 0, seed: 1 });
    expect(d.n).toBe(201);
    expect(d.x.length).toBe(402);
    const ones = d.labels.reduce((s, v) => s + v, 0);
    expect(ones).toBe(100);
    for (const v of d.labels) expect([0, 1]).toContain(v);
    for (const v of d.x) expect(Math.abs(v)).toBeLessThanOrEqual(kind === 'blobs' ? 2.5 : 1.0000001);
  });

  it('is reproducible from its seed and changes with it', () => {
    const a = makeClassification(kind, { n: 50, noise: 0.1, seed: 9 });
    const b = makeClassification(kind, { n: 50, noise: 0.1, seed: 9 });
    const c = makeClassification(kind, { n: 50, noise: 0.1, seed: 10 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it('rejects bad options', () => {
    expect(() => makeClassification(kind, { n: 1 })).toThrow(/n must be an integer >= 2/);
    expect(() => makeClassification(kind, { noise: -1 })).toThrow(/noise must be >= 0/);
  });
});

describe('the data set shapes', () => {
  it('labels XOR by the signs of the coordinates', () => {
    const d = makeClassification('xor', { n: 100, noise: 0 });
    for (let i = 0; i < d.n; i++) expect(d.labels[i]).toBe((d.x[2 * i] ?? 0) * (d.x[2 * i + 1] ?? 0) > 0 ? 0 : 1);
  });

  it('puts the inner class of circles within radius 0.5 and the outer beyond 0.7', () => {
    const d = makeClassification('circles', { n: 100, noise: 0 });
    for (let i = 0; i < d.n; i++) {
      const r = Math.hypot(d.x[2 * i] ?? 0, d.x[2 * i + 1] ?? 0);
      if (d.labels[i] === 0) expect(r).toBeLessThanOrEqual(0.5);
      else expect(r).toBeGreaterThanOrEqual(0.7 - 1e-12);
    }
  });
});
