import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOLCANO_SPACING, volcano, volcanoCredit } from '../../../../src/core/objectives';
import { VOLCANO_ELEVATION, VOLCANO_HEIGHT, VOLCANO_WIDTH } from '../../../../src/core/data/volcano-data';

describe('the Maunga Whau volcano surface', () => {
  it('is the 87 x 61 grid of vega-datasets, 10 m apart', () => {
    expect(VOLCANO_WIDTH).toBe(87);
    expect(VOLCANO_HEIGHT).toBe(61);
    expect(VOLCANO_ELEVATION).toHaveLength(87 * 61);
    expect(Math.max(...VOLCANO_ELEVATION)).toBe(195);
    expect(Math.min(...VOLCANO_ELEVATION)).toBe(94);
    expect(volcano.domain).toEqual({ x: [0, 860], y: [0, 600] });
  });

  it('unpacks to exactly the elevations of vega-datasets data/volcano.json', () => {
    const source = JSON.parse(readFileSync('node_modules/vega-datasets/data/volcano.json', 'utf8')) as { width: number; height: number; values: number[] };
    expect([source.width, source.height]).toEqual([VOLCANO_WIDTH, VOLCANO_HEIGHT]);
    expect(VOLCANO_ELEVATION).toEqual(source.values);
  });

  it('interpolates: the surface passes through every grid value', () => {
    for (let j = 0; j < VOLCANO_HEIGHT; j += 3) {
      for (let i = 0; i < VOLCANO_WIDTH; i += 2) {
        expect(volcano.f([i * VOLCANO_SPACING, j * VOLCANO_SPACING])).toBeCloseTo(VOLCANO_ELEVATION[j * VOLCANO_WIDTH + i] ?? NaN, 9);
      }
    }
  });

  it('has a continuous gradient across grid lines (C1)', () => {
    const a = new Float64Array(2);
    const b = new Float64Array(2);
    for (const [x, y] of [
      [200, 123.4],
      [451.3, 300],
      [300, 300],
      [10, 590],
    ] as const) {
      volcano.grad([x - 1e-9, y - 1e-9], a);
      volcano.grad([x + 1e-9, y + 1e-9], b);
      expect(Math.abs((a[0] ?? 0) - (b[0] ?? 0))).toBeLessThan(1e-6);
      expect(Math.abs((a[1] ?? 0) - (b[1] ?? 0))).toBeLessThan(1e-6);
    }
  });

  it('is flat beyond the edge of the map, with a zero gradient across the edge', () => {
    const g = volcano.grad([-50, 300], new Float64Array(2));
    expect(g[0]).toBe(0);
    expect(volcano.f([-50, 300])).toBe(volcano.f([0, 300]));
    expect(volcano.f([900, 700])).toBe(volcano.f([860, 600]));
  });

  it.each([
    [265, 255],
    [210, 300],
  ])('lets a hiker starting at (%d, %d) walk down into the crater, a local minimum', (x0, y0) => {
    const x = Float64Array.of(x0, y0);
    const g = new Float64Array(2);
    for (let t = 0; t < 5000; t++) {
      volcano.grad(x, g);
      x[0] = (x[0] ?? 0) - 5 * (g[0] ?? 0);
      x[1] = (x[1] ?? 0) - 5 * (g[1] ?? 0);
    }
    expect(x[0]).toBeCloseTo(290, 3);
    expect(x[1]).toBeCloseTo(270, 3);
    expect(volcano.f(x)).toBeCloseTo(148, 6);
  });

  it('suggests the start on the crater side of the summit', () => {
    expect(volcano.start).toEqual([210, 300]);
  });

  it('credits Ross Ihaka, the survey and vega-datasets', () => {
    expect(volcanoCredit).toMatch(/Ross Ihaka/);
    expect(volcanoCredit).toMatch(/Department of Lands and Survey/);
    expect(volcanoCredit).toMatch(/vega-datasets.*BSD-3-Clause/);
  });
});
