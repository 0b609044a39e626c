import { describe, expect, it } from 'vitest';
import { makeRng } from '~/core/rng';
import { linePath, polylinePath } from '~/viz/path';

const id = (v: number): number => v;

/** The subpaths of `d` as arrays of [x, y]. */
function parse(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const m of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (m[1] === 'M') out.push([]);
    if (m[1] === 'Z') continue;
    const [x, y] = (m[2] ?? '').split(',').map(Number);
    out[out.length - 1]!.push([x!, y!]);
  }
  return out;
}

describe('polylinePath', () => {
  it.each([
    // [xs, ys, expected]
    [[0, 10, 20], [5, 6, 7], 'M0,5L10,6L20,7'],
    [[1.234, 2.25, -3.96], [0.04, -0.04, 100], 'M1.2,0L2.3,0L-4,100'],
    [[], [], ''],
    [[3], [4], 'M3,4Z'],
    [[0, NaN, 2, 3], [0, 1, 2, 3], 'M0,0ZM2,2L3,3'],
    [[0, 1, Infinity, 3, 4], [0, 1, 2, 3, 4], 'M0,0L1,1M3,3L4,4'],
    [[NaN, NaN], [1, 2], ''],
    // Close points are dropped, the last one of a subpath is kept.
    [[0, 0.1, 0.2, 0.3, 5], [0, 0, 0, 0, 0], 'M0,0L5,0'],
    [[0, 0.1, 0.2, 0.3], [0, 0, 0, 0], 'M0,0L0.3,0'],
    [[0, 0.2, 0.4, 0.6, 0.8], [0, 0, 0, 0, 0], 'M0,0L0.6,0L0.8,0'],
    // Over the shorter array.
    [[0, 1, 2], [0, 1], 'M0,0L1,1'],
  ])('%j, %j -> %s', (xs, ys, expected) => {
    expect(polylinePath(xs, ys, id, id)).toBe(expected);
  });

  it('maps data through the scales and rounds to 0.1 px', () => {
    expect(polylinePath([0, 1], [0, 1], (v) => 10 + v * 100.04, (v) => 200 - v * 33.333)).toBe('M10,200L110,166.7');
  });

  it('keeps every point with minGap 0 and honours digits', () => {
    expect(polylinePath([0, 0.1, 0.2], [0, 0, 0], id, id, { minGap: 0 })).toBe('M0,0L0.1,0L0.2,0');
    expect(polylinePath([0, 0.123], [0, 1.456], id, id, { digits: 2 })).toBe('M0,0L0.12,1.46');
    expect(polylinePath([0, 0.123], [0, 1.456], id, id, { digits: 0 })).toBe('M0,0L0,1');
  });

  it('treats a scale that returns NaN like a missing point', () => {
    expect(polylinePath([1, -1, 4], [1, 1, 1], Math.log, id)).toBe('M0,1ZM1.4,1Z');
  });
});

describe('linePath', () => {
  it('takes pixel accessors over indices', () => {
    const values = [4, 3, NaN, 1];
    expect(linePath(values.length, (i) => i * 10, (i) => values[i] ?? NaN)).toBe('M0,4L10,3M30,1Z');
  });
});

describe('polylinePath properties', () => {
  const rng = makeRng(7);
  const cases = Array.from({ length: 300 }, () => {
    const n = rng.int(60);
    const xs: number[] = [];
    const ys: number[] = [];
    let x = rng.next() * 500;
    let y = rng.next() * 300;
    for (let i = 0; i < n; i++) {
      // Random walks with small and large steps, and some holes.
      const s = rng.next() < 0.5 ? 0.3 : 40;
      x += (rng.next() - 0.5) * s;
      y += (rng.next() - 0.5) * s;
      const hole = rng.next();
      xs.push(hole < 0.05 ? NaN : hole < 0.08 ? Infinity : x);
      ys.push(hole > 0.97 ? -Infinity : y);
    }
    return { xs, ys };
  });

  it('never writes NaN or Infinity, only M, L, Z and numbers', () => {
    for (const { xs, ys } of cases) {
      const d = polylinePath(xs, ys, id, id);
      expect(d).not.toMatch(/NaN|Infinity|undefined/);
      expect(d).toMatch(/^(M-?[\d.]+,-?[\d.]+(L-?[\d.]+,-?[\d.]+)*Z?)*$/);
    }
  });

  it('breaks at every run of non-finite points and keeps both ends of every finite run', () => {
    for (const { xs, ys } of cases) {
      const runs: [number, number][][] = [];
      let cur: [number, number][] | null = null;
      for (let i = 0; i < xs.length; i++) {
        const ok = Number.isFinite(xs[i]) && Number.isFinite(ys[i]);
        if (!ok) cur = null;
        else {
          if (!cur) runs.push((cur = []));
          cur.push([xs[i]!, ys[i]!]);
        }
      }
      const sub = parse(polylinePath(xs, ys, id, id));
      expect(sub.length).toBe(runs.length);
      const r1 = (v: number): number => Math.round(v * 10) / 10 || 0;
      runs.forEach((run, j) => {
        const s = sub[j]!;
        expect(s[0]).toEqual([r1(run[0]![0]), r1(run[0]![1])]);
        const last = run[run.length - 1]!;
        expect(s[s.length - 1]).toEqual([r1(last[0]), r1(last[1])]);
        expect(s.length).toBeLessThanOrEqual(run.length);
      });
    }
  });

  it('stays within half a pixel (plus rounding) of every dropped point', () => {
    for (const { xs, ys } of cases) {
      const sub = parse(polylinePath(xs, ys, id, id)).flat();
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i]!;
        const y = ys[i]!;
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        const near = Math.min(...sub.map(([px, py]) => Math.hypot(px - x, py - y)));
        expect(near).toBeLessThan(0.5 + 0.08);
      }
    }
  });

  it('writes the same path as keeping every point when no two points are close', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i * 3);
    const ys = xs.map((x) => Math.sin(x) * 50);
    expect(polylinePath(xs, ys, id, id)).toBe(polylinePath(xs, ys, id, id, { minGap: 0 }));
  });
});

describe('polylinePath number formatting', () => {
  it('writes each coordinate exactly as String(Math.round(v * 10) / 10)', () => {
    const rng = makeRng(11);
    const vs = [0, -0, 0.04, -0.04, 0.05, -0.05, 0.95, -0.95, 1e9, -1e9, 3e9, -3e9, 1e21, 123456.78, -214748364.75];
    for (let i = 0; i < 2000; i++) vs.push((rng.next() - 0.5) * 10 ** rng.int(8));
    for (const v of vs) {
      const want = String(Math.round(v * 10) / 10 || 0);
      expect(polylinePath([v], [0], id, id)).toBe(`M${want},0Z`);
    }
  });
});

describe('linePath with a tolerance', () => {
  /** Distance from (x, y) to the segment (ax, ay)-(bx, by). */
  function toSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  }
  const rng = makeRng(5);
  let x = 100;
  let y = 100;
  const walks = [
    // A smooth curve, a noisy one, a random walk that doubles back, a spiral into a point, a line.
    Array.from({ length: 1000 }, (_, i) => [i * 0.58, 100 * Math.exp(-i / 200)]),
    Array.from({ length: 1000 }, (_, i) => [i * 0.58, 100 * Math.exp(-i / 200) + (i < 60 ? 30 * Math.sin(i * 1.3) : 0)]),
    Array.from({ length: 800 }, () => [(x += (rng.next() - 0.5) * 3), (y += (rng.next() - 0.5) * 3)]),
    Array.from({ length: 600 }, (_, i) => [200 + 150 * Math.exp(-i / 120) * Math.cos(i / 9), 200 + 150 * Math.exp(-i / 120) * Math.sin(i / 9)]),
    Array.from({ length: 300 }, (_, i) => [i * 0.7, i * 0.3]),
  ];

  it.each([0.1, 0.25, 0.5])('passes within the tolerance (plus rounding) of every point it drops, at %s px', (tol) => {
    for (const w of walks) {
      const d = linePath(w.length, (i) => w[i]![0]!, (i) => w[i]![1]!, { tolerance: tol });
      const pts = parse(d)[0]!;
      expect(pts[0]).toEqual([Math.round(w[0]![0]! * 10) / 10, Math.round(w[0]![1]! * 10) / 10]);
      expect(pts[pts.length - 1]).toEqual([Math.round(w[w.length - 1]![0]! * 10) / 10, Math.round(w[w.length - 1]![1]! * 10) / 10]);
      for (const [px, py] of w) {
        let near = Infinity;
        for (let j = 1; j < pts.length; j++) near = Math.min(near, toSegment(px!, py!, ...pts[j - 1]!, ...pts[j]!));
        expect(near).toBeLessThan(Math.max(0.5, tol) + 0.08);
      }
    }
  });

  it('draws a smooth curve of a thousand steps with a few dozen segments, and a straight line with one', () => {
    const smooth = walks[0]!;
    const d = linePath(smooth.length, (i) => smooth[i]![0]!, (i) => smooth[i]![1]!, { tolerance: 0.25 });
    expect(parse(d)[0]!.length).toBeLessThan(60);
    const line = walks[4]!;
    expect(linePath(line.length, (i) => line[i]![0]!, (i) => line[i]![1]!, { tolerance: 0.25 })).toBe('M0,0L209.3,89.7');
  });

  it('breaks at non-finite points and keeps single points as dots, like linePath without one', () => {
    const xs = [0, 1, 2, NaN, 5, Infinity, 7, 8, 9];
    const ys = [0, 0, 0, 0, 5, 0, 7, 7, 7];
    expect(polylinePath(xs, ys, id, id, { tolerance: 0.25 })).toBe('M0,0L2,0M5,5ZM7,7L9,7');
    expect(polylinePath([], [], id, id, { tolerance: 0.25 })).toBe('');
  });
});
