import { describe, expect, it } from 'vitest';
import { contourPaths, gridToPixel, multiPolygonPath } from '~/viz/contours';
import { sampleGrid, type Grid } from '~/viz/grid';
import { linear } from '~/viz/scales';

const identity = { x: { a: 1, b: 0 }, y: { a: 1, b: 0 } };

function gridOf(values: number[], nx: number, ny: number): Grid {
  return { values: Float64Array.from(values), nx, ny, domain: { x: [0, nx], y: [0, ny] }, min: Math.min(...values), max: Math.max(...values) };
}

describe('multiPolygonPath', () => {
  it('writes each ring as M, L and Z through the affine map, dropping the repeated last point', () => {
    const d = multiPolygonPath([[[[0, 0], [1, 0], [1, 1], [0, 0]]]], { x: { a: 10, b: 0 }, y: { a: -10, b: 10 } });
    expect(d).toBe('M0,10L10,10L10,0Z');
  });

  it('writes holes and several polygons one after another', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const hole = [[0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [0.5, 0.5]];
    const d = multiPolygonPath([[square, hole], [[[5, 5], [6, 5], [6, 6]]]], identity);
    expect(d).toBe('M0,0L2,0L2,2L0,2ZM0.5,0.5L0.5,1.5L1.5,1.5ZM5,5L6,5L6,6Z');
  });

  it('rounds coordinates to the requested decimals and never writes -0', () => {
    expect(multiPolygonPath([[[[1 / 3, -0.0001], [2 / 3, 1]]]], identity, 2)).toBe('M0.33,0L0.67,1Z');
  });

  it('returns an empty string for no polygons', () => {
    expect(multiPolygonPath([], identity)).toBe('');
  });
});

describe('gridToPixel', () => {
  it('maps grid coordinates 0..n onto the domain ends in pixels, y flipped', () => {
    const grid = { nx: 4, ny: 2, domain: { x: [-2, 2], y: [0, 1] } as const };
    const t = gridToPixel(grid, linear([-2, 2], [0, 400]), linear([0, 1], [100, 0]));
    expect(t).toEqual({ x: { a: 100, b: 0 }, y: { a: -50, b: 100 } });
  });
});

describe('contourPaths', () => {
  it('outlines the cell above the level on a 3 x 3 grid with a single peak', () => {
    const g = gridOf([0, 0, 0, 0, 1, 0, 0, 0, 0], 3, 3);
    const [p] = contourPaths(g, [0.5], identity);
    expect(p?.value).toBe(0.5);
    // The peak sits at grid coordinate (1.5, 1.5); the 0.5 level crosses halfway to each neighbour.
    expect(p?.d).toMatch(/^M[\d.,L]+Z$/);
    const xs = [...(p?.d ?? '').matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    for (const [x, y] of xs) {
      expect(x).toBeGreaterThanOrEqual(1);
      expect(x).toBeLessThanOrEqual(2);
      expect(y).toBeGreaterThanOrEqual(1);
      expect(y).toBeLessThanOrEqual(2);
    }
  });

  it('spans the whole grid rectangle at a level below every value', () => {
    const g = gridOf([1, 2, 3, 4], 2, 2);
    const [p] = contourPaths(g, [0], { x: { a: 10, b: 0 }, y: { a: 10, b: 0 } });
    // d3-contour's outer ring runs along the grid's edges and cuts its corners at half a cell.
    expect(p?.d).toBe('M20,15L20,5L15,0L5,0L0,5L0,15L5,20L15,20Z');
  });

  it('gives an empty path for a level above every value', () => {
    const g = gridOf([1, 2, 3, 4], 2, 2);
    expect(contourPaths(g, [10], identity)).toEqual([{ value: 10, d: '' }]);
  });

  it('skips non-finite levels and returns nothing without levels', () => {
    const g = gridOf([1, 2, 3, 4], 2, 2);
    expect(contourPaths(g, [NaN, Infinity], identity)).toEqual([]);
    expect(contourPaths(g, [], identity)).toEqual([]);
  });

  it('draws a circle of the right radius for a bowl, in pixel space', () => {
    const domain = { x: [-2, 2], y: [-2, 2] } as const;
    const g = sampleGrid((p) => (p[0] ?? 0) ** 2 + (p[1] ?? 0) ** 2, domain, 80, 80);
    const x = linear(domain.x, [0, 400]);
    const y = linear(domain.y, [400, 0]);
    const [p] = contourPaths(g, [1], gridToPixel(g, x, y));
    const pts = [...(p?.d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // The region f >= 1 is the rectangle with a circular hole; the hole's ring is the level line.
    const circle = pts.filter(([px, py]) => Math.hypot((px ?? 0) - 200, (py ?? 0) - 200) < 150);
    expect(circle.length).toBeGreaterThan(20);
    for (const [px, py] of circle) expect(Math.hypot((px ?? 0) - 200, (py ?? 0) - 200)).toBeCloseTo(100, -0.5);
  });

  it('rejects a grid whose values do not match its size', () => {
    const g = { ...gridOf([1, 2, 3, 4], 2, 2), nx: 3 };
    expect(() => contourPaths(g, [1], identity)).toThrow(RangeError);
  });
});
