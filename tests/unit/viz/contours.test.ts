import { describe, expect, it } from 'vitest';
import { contours as d3Contours } from 'd3-contour';
import fc from 'fast-check';
import { contourPaths, gridToPixel, isoRings, ringsPath } from '~/viz/contours';
import { sampleGrid, type Grid } from '~/viz/grid';
import { linear } from '~/viz/scales';

const identity = { x: { a: 1, b: 0 }, y: { a: 1, b: 0 } };

/** The absolute vertices of each subpath of a path written as `M x,y l dx dy … Z`. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const sub of d.split('Z').filter(Boolean)) {
    const m = /^M(-?[\d.]+),(-?[\d.]+)(?:l(.*))?$/.exec(sub);
    if (!m) throw new Error(`not M…l…: ${sub}`);
    let x = Number(m[1]);
    let y = Number(m[2]);
    const ring: [number, number][] = [[x, y]];
    const nums = (m[3] ?? '').match(/-?(?:\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < nums.length; i += 2) {
      x += nums[i] ?? 0;
      y += nums[i + 1] ?? 0;
      ring.push([x, y]);
    }
    out.push(ring);
  }
  return out;
}

function gridOf(values: number[], nx: number, ny: number): Grid {
  return { values: Float64Array.from(values), nx, ny, domain: { x: [0, nx], y: [0, ny] }, min: Math.min(...values), max: Math.max(...values) };
}

describe('ringsPath', () => {
  it('writes each ring as one M, relative l steps and Z through the affine map, dropping the repeated last point', () => {
    const d = ringsPath([[[0, 0], [1, 0], [1, 1], [0, 0]]], { x: { a: 10, b: 0 }, y: { a: -10, b: 10 } });
    expect(d).toBe('M0,10l10 0 0-10Z');
    expect(rings(d)).toEqual([[[0, 10], [10, 10], [10, 0]]]);
  });

  it('writes holes and several regions one after another, in the shortest number syntax', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    const hole = [[0.5, 0.5], [0.5, 1.5], [1.5, 1.5], [0.5, 0.5]];
    const d = ringsPath([square, hole, [[5, 5], [6, 5], [6, 6]]], identity);
    expect(d).toBe('M0,0l2 0 0 2-2 0ZM.5,.5l0 1 1 0ZM5,5l1 0 0 1Z');
    expect(ringsPath([[[0.25, 0.5], [0.75, 0.6], [0.8, 0.2]]], identity)).toBe('M.25,.5l.5.1.05-.4Z');
  });

  it('rounds coordinates to the requested decimals and never writes -0', () => {
    expect(ringsPath([[[1 / 3, -0.0001], [2 / 3, 1]]], identity, 2)).toBe('M.33,0l.34 1Z');
  });

  it('writes every number in its shortest form at every precision (the integer formatter against toFixed)', () => {
    // The formatting ringsPath used before it built numbers from integers.
    const reference = (n: number, scale: number): string => {
      if (n === 0) return '0';
      const s = scale === 1 ? String(n) : (n / scale).toFixed(Math.round(Math.log10(scale))).replace(/\.?0+$/, '');
      return s.replace(/^(-?)0\./, '$1.');
    };
    const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 6 }), (ring, digits) => {
        const scale = 10 ** digits;
        const d = ringsPath([ring], identity, digits);
        const tokens = d.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
        expect(tokens.length).toBeGreaterThan(1);
        for (const t of tokens) expect(t).toBe(reference(Math.round(Number(t) * scale), scale));
      }),
    );
  });

  it('relative steps between rounded points do not drift: every vertex comes back within the rounding', () => {
    const ring = Array.from({ length: 2000 }, (_, k) => [50 + 40 * Math.cos(k / 318.3), 50 + 40 * Math.sin(k / 318.3)]);
    const [back] = rings(ringsPath([ring], identity, 2));
    expect(back).toHaveLength(2000);
    back?.forEach(([x, y], k) => {
      expect(Math.abs(x - (ring[k]?.[0] ?? 0))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(y - (ring[k]?.[1] ?? 0))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it('simplifies: fewer vertices, and every dropped one within the tolerance of the outline', () => {
    const ring = Array.from({ length: 720 }, (_, k) => [100 + 60 * Math.cos(k / 114.6) + 3 * Math.cos(k / 9), 100 + 60 * Math.sin(k / 114.6)]);
    const tol = 0.25;
    const [kept] = rings(ringsPath([ring], identity, 2, tol));
    expect(kept?.length).toBeLessThan(ring.length / 2);
    const distToOutline = (px: number, py: number) => {
      let best = Infinity;
      const pts = kept ?? [];
      for (let i = 0; i < pts.length; i++) {
        const [ax, ay] = pts[i] ?? [0, 0];
        const [bx, by] = pts[(i + 1) % pts.length] ?? [0, 0];
        const dx = bx - ax;
        const dy = by - ay;
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
        best = Math.min(best, Math.hypot(px - ax - t * dx, py - ay - t * dy));
      }
      return best;
    };
    for (const [x, y] of ring) expect(distToOutline(x ?? 0, y ?? 0)).toBeLessThanOrEqual(tol + 0.01);
  });

  it('returns an empty string for no rings', () => {
    expect(ringsPath([], identity)).toBe('');
  });
});

/** Rings as comparable text, in a canonical order (d3-contour groups them by polygon). */
const ringSet = (rings: readonly (readonly (readonly number[])[])[]): string[] => rings.map((r) => JSON.stringify(r)).sort();

/** Twice a closed ring's signed area (shoelace). */
const area2 = (r: readonly (readonly number[])[]): number =>
  r.reduce((s, p, i) => {
    const q = r[(i + 1) % r.length] ?? p;
    return s + (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }, 0);

/** A grid of values from a small set (so ties with the level happen) and arbitrary doubles, some NaN, and a level. */
const gridArb = fc
  .record({ nx: fc.integer({ min: 1, max: 9 }), ny: fc.integer({ min: 1, max: 9 }) })
  .chain(({ nx, ny }) =>
    fc.record({
      nx: fc.constant(nx),
      ny: fc.constant(ny),
      values: fc.array(fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -3, max: 3, noNaN: true }), fc.constant(NaN)), {
        minLength: nx * ny,
        maxLength: nx * ny,
      }),
      level: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -3, max: 3, noNaN: true })),
    }),
  );

describe('isoRings', () => {
  it('finds exactly the rings d3-contour finds, vertex for vertex, on random grids (ties and NaN included)', () => {
    // A ring flattened to a line or a speck encloses nothing visible: isoRings drops it, d3-contour keeps some as holes.
    const encloses = (r: readonly (readonly number[])[]) => Math.abs(area2(r)) > 1e-9;
    fc.assert(
      fc.property(gridArb, ({ nx, ny, values, level }) => {
        const [shape] = d3Contours().size([nx, ny]).thresholds([level])(values);
        const mine = isoRings(Float64Array.from(values), nx, ny, level);
        expect(mine.every(encloses)).toBe(true);
        expect(ringSet(mine)).toEqual(ringSet((shape?.coordinates.flat() ?? []).filter(encloses)));
      }),
      { numRuns: 400 },
    );
  });

  it("matches d3-contour on the book's kind of field: Rosenbrock on a 120 x 90 grid, 15 log levels", () => {
    const domain = { x: [-2, 2], y: [-1, 3] } as const;
    const g = sampleGrid((p) => (1 - (p[0] ?? 0)) ** 2 + 100 * ((p[1] ?? 0) - (p[0] ?? 0) ** 2) ** 2, domain, 120, 90);
    const levels = Array.from({ length: 15 }, (_, k) => 10 ** (-1 + k * 0.25));
    const shapes = d3Contours().size([120, 90]).thresholds(levels)(g.values as unknown as number[]);
    let total = 0;
    for (const shape of shapes) {
      const mine = isoRings(g.values, 120, 90, shape.value);
      total += mine.length;
      expect(ringSet(mine)).toEqual(ringSet(shape.coordinates.flat()));
    }
    expect(total).toBeGreaterThan(15);
  });

  it('closes every ring on its first vertex, and winds a hole against its outer ring', () => {
    // High values around a low centre: one outer ring and one hole.
    const v = [1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 1];
    const rs = isoRings(Float64Array.from(v), 5, 5, 0.5);
    expect(rs).toHaveLength(2);
    for (const r of rs) expect(r[r.length - 1]).toEqual(r[0]);
    const [a = 0, b = 0] = rs.map(area2);
    expect(Math.sign(a)).toBe(-Math.sign(b));
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
    expect(p?.d).toMatch(/^M[\d.,]+l[\d. -]+Z$/);
    const xs = rings(p?.d ?? '').flat();
    expect(xs.length).toBeGreaterThanOrEqual(4);
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
    expect(rings(p?.d ?? '')).toEqual([[[20, 15], [20, 5], [15, 0], [5, 0], [0, 5], [0, 15], [5, 20], [15, 20]]]);
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
    const pts = rings(p?.d ?? '').flat();
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
