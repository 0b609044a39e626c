/**
 * Contour lines and bands as SVG path strings: marching squares finds each
 * level's closed rings in grid coordinates (`isoRings`, d3-contour's algorithm),
 * and the path writer maps them to pixels with the affine map grid -> data ->
 * pixels and writes them short (`ringsPath`).
 */
import type { Grid } from './grid';

/** A position in the plane. */
export type Position = readonly number[];

/** One level's region (where the field is >= `value`) as an SVG path. */
export interface ContourPath {
  readonly value: number;
  readonly d: string;
}

/** A 1-D affine map `v -> a v + b`. */
export interface Affine {
  readonly a: number;
  readonly b: number;
}

/** Grid -> pixel maps for both axes. */
export interface GridToPixel {
  readonly x: Affine;
  readonly y: Affine;
}

/**
 * The affine maps from grid coordinates (0..nx, 0..ny) to pixels, given the
 * plot's linear data -> pixel scales. Linearity is assumed: the scales are
 * evaluated at the domain's two ends.
 *
 *   const t = gridToPixel(grid, frame.x, frame.y);
 */
export function gridToPixel(
  grid: Pick<Grid, 'nx' | 'ny' | 'domain'>,
  xScale: (v: number) => number,
  yScale: (v: number) => number,
): GridToPixel {
  const { nx, ny, domain } = grid;
  const px0 = xScale(domain.x[0]);
  const px1 = xScale(domain.x[1]);
  const py0 = yScale(domain.y[0]);
  const py1 = yScale(domain.y[1]);
  return { x: { a: (px1 - px0) / nx, b: px0 }, y: { a: (py1 - py0) / ny, b: py0 } };
}

/**
 * `n / scale` (`n` an integer, `scale` a power of ten) as short as SVG allows:
 * no leading zero, no trailing zeros ("0.5" -> ".5", "-0.25" -> "-.25"). Built
 * from integers: a contour map writes thousands of these, and toFixed with two
 * regular expressions was a third of the path writer's time.
 */
function compact(n: number, scale: number): string {
  if (n === 0) return '0';
  if (scale === 1) return String(n);
  const sign = n < 0 ? '-' : '';
  const m = n < 0 ? -n : n;
  const whole = Math.floor(m / scale);
  let frac = m - whole * scale;
  if (frac === 0) return `${sign}${whole}`;
  let decimals = Math.round(Math.log10(scale));
  while (frac % 10 === 0) {
    frac /= 10;
    decimals--;
  }
  return `${sign}${whole === 0 ? '' : whole}.${String(frac).padStart(decimals, '0')}`;
}

/**
 * Writes an SVG number list in the shortest syntax: a separator only where the
 * grammar needs one (not before "-", nor before ".5" after a number that already
 * has a decimal point). Keeps its own state, so appending is O(1).
 */
class NumberList {
  private readonly parts: string[] = [];
  private lastIsNumber = false;
  private lastHasDot = false;

  /** A command letter or other text that ends any number before it. */
  text(t: string): void {
    this.parts.push(t);
    this.lastIsNumber = false;
  }

  number(n: string): void {
    const needs = this.lastIsNumber && n[0] !== '-' && !(n[0] === '.' && this.lastHasDot);
    this.parts.push(needs ? ` ${n}` : n);
    this.lastIsNumber = true;
    this.lastHasDot = n.includes('.');
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Which points of the polyline (xs[i], ys[i]) to keep so that no dropped point
 * is farther than `tolerance` from the kept outline (Ramer–Douglas–Peucker; the
 * two ends are always kept).
 */
function simplify(xs: readonly number[], ys: readonly number[], tolerance: number): Uint8Array {
  const n = xs.length;
  const keep = new Uint8Array(n);
  if (n === 0) return keep;
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const j = stack.pop() ?? 0;
    const i = stack.pop() ?? 0;
    const ax = xs[i] ?? 0;
    const ay = ys[i] ?? 0;
    const dx = (xs[j] ?? 0) - ax;
    const dy = (ys[j] ?? 0) - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let far = tol2;
    for (let k = i + 1; k < j; k++) {
      const px = (xs[k] ?? 0) - ax;
      const py = (ys[k] ?? 0) - ay;
      // Squared distance to the segment (to the end point when the segment is degenerate).
      const t = len2 > 0 ? Math.min(1, Math.max(0, (px * dx + py * dy) / len2)) : 0;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const e2 = ex * ex + ey * ey;
      if (e2 > far) {
        far = e2;
        worst = k;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push(i, worst, worst, j);
    }
  }
  return keep;
}

/**
 * SVG path data for closed rings of positions, each ring mapped through `t`,
 * simplified and closed with `Z`. A region with holes is its outer ring and its
 * holes wound the other way, one after another (the default nonzero fill rule
 * cuts the holes out).
 *
 * Contour rings from a fine grid have a vertex every fraction of a pixel, and a
 * chapter draws a dozen maps of 15 levels each: written naively that was 700 KB
 * of HTML on one page. So each ring drops the vertices within `tolerance` (in
 * the output's units) of the simplified outline, is rounded to `digits`
 * decimals, and is written as one absolute `M` followed by relative `l` steps
 * between the rounded points (exact, so errors do not accumulate), in SVG's
 * shortest number syntax.
 *
 *   ringsPath([[[0, 0], [1, 0], [1, 1], [0, 0]]], { x: { a: 10, b: 0 }, y: { a: -10, b: 10 } })
 *   // "M0,10l10 0 0-10Z"
 */
export function ringsPath(rings: readonly (readonly Position[])[], t: GridToPixel, digits = 2, tolerance = 0): string {
  const scale = Math.pow(10, Math.max(0, Math.min(6, Math.round(digits))));
  const out = new NumberList();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const ring of rings) {
    // Closed rings repeat the first position at the end; Z closes it instead.
    const n = ring.length > 1 && samePosition(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length;
    if (n === 0) continue;
    xs.length = 0;
    ys.length = 0;
    for (let k = 0; k < n; k++) {
      const p = ring[k];
      xs.push(t.x.a * (p?.[0] ?? 0) + t.x.b);
      ys.push(t.y.a * (p?.[1] ?? 0) + t.y.b);
    }
    const keep = tolerance > 0 ? simplify(xs, ys, tolerance) : undefined;
    let px = 0;
    let py = 0;
    let steps = 0;
    for (let k = 0; k < n; k++) {
      if (keep && keep[k] === 0) continue;
      const ux = Math.round((xs[k] ?? 0) * scale);
      const uy = Math.round((ys[k] ?? 0) * scale);
      if (k === 0) {
        out.text(`M${compact(ux, scale)},${compact(uy, scale)}`);
      } else if (ux !== px || uy !== py) {
        if (steps++ === 0) out.text('l');
        out.number(compact(ux - px, scale));
        out.number(compact(uy - py, scale));
      }
      px = ux;
      py = uy;
    }
    out.text('Z');
  }
  return out.toString();
}

function samePosition(p: Position | undefined, q: Position | undefined): boolean {
  return p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
}

/**
 * The segments of each marching-squares case (corners above the level: bit 0
 * bottom-left, 1 bottom-right, 2 top-right, 3 top-left), as quadruples
 * x0 y0 x1 y1 in half cells from the cell's corner sample: d3-contour's table.
 */
const CASES: readonly (readonly number[])[] = [
  '',
  '2312',
  '3223',
  '3212',
  '2132',
  '23122132',
  '2123',
  '2112',
  '1221',
  '2321',
  '12213223',
  '3221',
  '1232',
  '2332',
  '1223',
  '',
].map((digits) => [...digits].map((d) => Number(d) / 2));

/** A ring being stitched together, keyed by its two open ends. */
interface Fragment {
  readonly id: number;
  start: number;
  end: number;
  ring: [number, number][];
}

/**
 * The open fragments by the key of one of their ends: what a Map did, in a
 * typed table indexed by the key (a small integer: 2x + 4(nx + 1)y for a vertex
 * at (x, y), x in 0..nx and y in 0..ny in half steps). Stitching looks ends up
 * twice per segment; this made it about three times faster. Slot 0 is "none".
 */
class Ends {
  constructor(
    private readonly slots: Int32Array,
    private readonly fragments: readonly Fragment[],
  ) {}
  get(key: number): Fragment | undefined {
    const i = this.slots[key] ?? 0;
    return i === 0 ? undefined : this.fragments[i - 1];
  }
  set(key: number, f: Fragment): void {
    this.slots[key] = f.id + 1;
  }
  delete(key: number): void {
    this.slots[key] = 0;
  }
}

/**
 * What every level of one grid shares, computed once (`contourPaths` contours
 * 15 or so levels of the same grid):
 *   - the samples on a grid padded with a ring of -Infinity (the outside), NaN
 *     read as -Infinity: below every level;
 *   - for each cell between four padded samples, its lowest and highest corner.
 *     A level crosses a cell only if lowest < level <= highest; the other cells
 *     (most of them, for any one level) are skipped without reading a sample.
 */
interface CellBounds {
  readonly nx: number;
  readonly ny: number;
  /** (nx + 2) x (ny + 2), row by row; sample (x, y) at (y + 1)(nx + 2) + x + 1. */
  readonly padded: Float64Array;
  /** (nx + 1) x (ny + 1), row by row: cell (x, y), x and y from -1, at (y + 1)(nx + 1) + x + 1. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  /** Scratch tables for Ends (all zero between levels), one per end. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function cellBounds(values: ArrayLike<number>, nx: number, ny: number): CellBounds {
  const w = nx + 2;
  const padded = new Float64Array(w * (ny + 2)).fill(-Infinity);
  for (let y = 0; y < ny; y++) {
    for (let x = 0; x < nx; x++) {
      const v = values[y * nx + x] ?? NaN;
      if (!Number.isNaN(v)) padded[(y + 1) * w + x + 1] = v;
    }
  }
  const cw = nx + 1;
  const low = new Float64Array(cw * (ny + 1));
  const high = new Float64Array(cw * (ny + 1));
  for (let cy = 0; cy <= ny; cy++) {
    for (let cx = 0; cx <= nx; cx++) {
      const i = cy * w + cx; // the padded index of the cell's top-left sample
      const a = padded[i] as number;
      const b = padded[i + 1] as number;
      const c = padded[i + w] as number;
      const d = padded[i + w + 1] as number;
      low[cy * cw + cx] = Math.min(a, b, c, d);
      high[cy * cw + cx] = Math.max(a, b, c, d);
    }
  }
  const keys = 2 * nx + 4 * (nx + 1) * ny + 1;
  return { nx, ny, padded, low, high, starts: new Int32Array(keys), ends: new Int32Array(keys) };
}

/**
 * Marching squares: the closed rings where `values` (an `nx` x `ny` grid, row
 * by row) crosses `level`, in grid coordinates (0..nx, 0..ny), each ending on
 * its first position. It is d3-contour's algorithm (ISC, Mike Bostock): the
 * same case table, the same stitching of segments into rings in the same
 * order, and the same linear placement of each vertex along its cell edge, so
 * the rings are d3-contour's (`tests/unit/viz/contours.test.ts` checks them
 * against it). What it leaves out is sorting rings into polygons with holes:
 * a path draws them all, and the winding (outer rings one way, holes the
 * other) cuts the holes out under SVG's default nonzero fill rule.
 *
 * NaN samples count as below every level, and so does everything outside the
 * grid, so every ring closes.
 *
 *   isoRings(Float64Array.of(0, 0, 0, 0, 1, 0, 0, 0, 0), 3, 3, 0.5) // one ring around the middle
 */
export function isoRings(values: ArrayLike<number>, nx: number, ny: number, level: number): [number, number][][] {
  const bounds = cellBounds(values, nx, ny);
  return ringsAt(bounds, level, crossedCells(bounds, [level])[0] ?? []);
}

/**
 * For each level (ascending), the cells it crosses (lowest corner < level <=
 * highest), in row order: one pass over the cells for all levels together,
 * instead of one per level. A cell's levels are a contiguous run of the sorted
 * levels, found by binary search.
 */
function crossedCells(bounds: CellBounds, levels: readonly number[]): number[][] {
  const { low, high } = bounds;
  const lists: number[][] = levels.map(() => []);
  // The first index whose level is above v.
  const above = (v: number): number => {
    let lo = 0;
    let hi = levels.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((levels[mid] as number) > v) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  for (let k = 0; k < low.length; k++) {
    const l = low[k] as number;
    const h = high[k] as number;
    if (!(h > l)) continue;
    const last = above(h);
    for (let j = above(l); j < last; j++) lists[j]?.push(k);
  }
  return lists;
}

function ringsAt(grid: CellBounds, level: number, cells: readonly number[]): [number, number][][] {
  const { nx, ny, padded } = grid;
  const closed: [number, number][][] = [];
  const fragments: Fragment[] = [];
  const byStart = new Ends(grid.starts, fragments);
  const byEnd = new Ends(grid.ends, fragments);
  const fragment = (start: number, end: number, ring: [number, number][]): Fragment => {
    const f = { id: fragments.length, start, end, ring };
    fragments.push(f);
    return f;
  };
  const key = (px: number, py: number): number => px * 2 + py * (nx + 1) * 4;
  const above = (i: number): number => ((padded[i] as number) >= level ? 1 : 0);

  const stitch = (start: [number, number], end: [number, number]): void => {
    const startKey = key(start[0], start[1]);
    const endKey = key(end[0], end[1]);
    let f = byEnd.get(startKey);
    let g: Fragment | undefined;
    if (f) {
      byEnd.delete(f.end);
      if ((g = byStart.get(endKey))) {
        byStart.delete(g.start);
        if (f === g) {
          f.ring.push(end);
          closed.push(f.ring);
        } else {
          const joined = fragment(f.start, g.end, f.ring.concat(g.ring));
          byStart.set(joined.start, joined);
          byEnd.set(joined.end, joined);
        }
      } else {
        f.ring.push(end);
        byEnd.set((f.end = endKey), f);
      }
    } else if ((f = byStart.get(endKey))) {
      byStart.delete(f.start);
      if ((g = byEnd.get(startKey))) {
        byEnd.delete(g.end);
        if (f === g) {
          f.ring.push(end);
          closed.push(f.ring);
        } else {
          const joined = fragment(g.start, f.end, g.ring.concat(f.ring));
          byStart.set(joined.start, joined);
          byEnd.set(joined.end, joined);
        }
      } else {
        f.ring.unshift(start);
        byStart.set((f.start = startKey), f);
      }
    } else {
      const fresh = fragment(startKey, endKey, [start, end]);
      byStart.set(startKey, fresh);
      byEnd.set(endKey, fresh);
    }
  };

  // The cells the level crosses (the others have no segments), in d3's order:
  // row by row, including the half-outside ones along the edges.
  const w = nx + 2;
  const cw = nx + 1;
  for (const k of cells) {
    const y = Math.floor(k / cw) - 1;
    const x = k - (y + 1) * cw - 1;
    const i = (y + 1) * w + x + 1; // the padded index of sample (x, y)
    const c = above(i + w) | (above(i + w + 1) << 1) | (above(i + 1) << 2) | (above(i) << 3);
    const seg = CASES[c] as readonly number[];
    for (let s = 0; s < seg.length; s += 4) {
      stitch([(seg[s] as number) + x, (seg[s + 1] as number) + y], [(seg[s + 2] as number) + x, (seg[s + 3] as number) + y]);
    }
  }

  // Every ring closes (the outside is below every level), so the tables are
  // empty again; clear them anyway for the next level.
  for (const f of fragments) {
    byStart.delete(f.start);
    byEnd.delete(f.end);
  }

  // Slide each vertex along its cell edge to where the level is crossed, linearly.
  const valid = (sx: number, sy: number): number => padded[(sy + 1) * w + sx + 1] as number;
  const slide = (at: number, v0: number, v1: number): number => {
    const a = level - v0;
    const b = v1 - v0;
    const d = Number.isFinite(a) || Number.isFinite(b) ? a / b : Math.sign(a) / Math.sign(b);
    return Number.isNaN(d) ? at : at + d - 0.5;
  };
  for (const ring of closed) {
    for (const point of ring) {
      const [x, y] = point;
      const xt = Math.trunc(x);
      const yt = Math.trunc(y);
      const v1 = xt < nx && yt < ny ? valid(xt, yt) : -Infinity;
      if (x > 0 && x < nx && xt === x) point[0] = slide(x, valid(xt - 1, yt), v1);
      if (y > 0 && y < ny && yt === y) point[1] = slide(y, valid(xt, yt - 1), v1);
    }
  }
  // Sliding can flatten a ring onto a line or a speck (NaN or extreme samples):
  // it encloses no visible area, so it is dropped (d3-contour keeps some as holes).
  return closed.filter((ring) => Math.abs(ringArea(ring)) > SPECK);
}

/** Twice the area (in grid cells) below which a ring is a line or a speck. */
const SPECK = 1e-9;

/** Twice the signed area of a closed ring (shoelace), as d3-contour sums it. */
function ringArea(ring: readonly (readonly number[])[]): number {
  const n = ring.length;
  if (n === 0) return 0;
  const first = ring[0] ?? [];
  const last = ring[n - 1] ?? [];
  let area = (last[1] ?? 0) * (first[0] ?? 0) - (last[0] ?? 0) * (first[1] ?? 0);
  for (let i = 1; i < n; i++) {
    const p = ring[i - 1] ?? [];
    const q = ring[i] ?? [];
    area += (p[1] ?? 0) * (q[0] ?? 0) - (p[0] ?? 0) * (q[1] ?? 0);
  }
  return area;
}

/**
 * One SVG path per level, levels ascending: the region where the grid is >=
 * that level, in pixel space. Use `fill` for bands and `stroke` for lines (a
 * region's boundary is the level's contour line). Levels must be finite;
 * others are skipped. Empty regions give an empty `d`. `digits` and
 * `tolerance` (in the output's units) are as in `ringsPath`.
 *
 *   contourPaths(grid, logThresholds(grid.min, grid.max, 15), gridToPixel(grid, frame.x, frame.y))
 */
export function contourPaths(grid: Grid, levels: readonly number[], t: GridToPixel, digits = 2, tolerance = 0): ContourPath[] {
  if (grid.values.length !== grid.nx * grid.ny) throw new RangeError('contourPaths: values length is not nx * ny');
  const sorted = levels.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const bounds = cellBounds(grid.values, grid.nx, grid.ny);
  const cells = crossedCells(bounds, sorted);
  return sorted.map((value, j) => ({ value, d: ringsPath(ringsAt(bounds, value, cells[j] ?? []), t, digits, tolerance) }));
}
