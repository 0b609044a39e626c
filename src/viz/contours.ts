/**
 * Contour lines and bands as SVG path strings. d3-contour computes GeoJSON
 * MultiPolygons in grid coordinates; we map them to pixels with the affine map
 * grid -> data -> pixels and write the path ourselves (no d3-geo needed: the
 * geometry is planar and every ring is closed).
 */
import { contours } from 'd3-contour';
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

/** `n / scale` as short as SVG allows: no leading zero, no trailing zeros ("0.5" -> ".5", "-0.25" -> "-.25"). */
function compact(n: number, scale: number): string {
  if (n === 0) return '0';
  const s = scale === 1 ? String(n) : (n / scale).toFixed(Math.round(Math.log10(scale))).replace(/\.?0+$/, '');
  return s.replace(/^(-?)0\./, '$1.');
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
 * SVG path data for MultiPolygon coordinates (polygons of rings of positions),
 * each ring mapped through `t`, simplified and closed with `Z`.
 *
 * Contour rings from a fine grid have a vertex every fraction of a pixel, and a
 * chapter draws a dozen maps of 15 levels each: written naively that was 700 KB
 * of HTML on one page. So each ring drops the vertices within `tolerance` (in
 * the output's units) of the simplified outline, is rounded to `digits`
 * decimals, and is written as one absolute `M` followed by relative `l` steps
 * between the rounded points (exact, so errors do not accumulate), in SVG's
 * shortest number syntax.
 *
 *   multiPolygonPath([[[[0, 0], [1, 0], [1, 1], [0, 0]]]], { x: { a: 10, b: 0 }, y: { a: -10, b: 10 } })
 *   // "M0,10l10 0 0-10Z"
 */
export function multiPolygonPath(
  coordinates: readonly (readonly (readonly Position[])[])[],
  t: GridToPixel,
  digits = 2,
  tolerance = 0,
): string {
  const scale = Math.pow(10, Math.max(0, Math.min(6, Math.round(digits))));
  const out = new NumberList();
  const xs: number[] = [];
  const ys: number[] = [];
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      // GeoJSON rings repeat the first position at the end; Z closes it instead.
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
  }
  return out.toString();
}

function samePosition(p: Position | undefined, q: Position | undefined): boolean {
  return p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
}

/**
 * One SVG path per level: the region where the grid is >= that level, in pixel
 * space. Use `fill` for bands and `stroke` for lines (a region's boundary is the
 * level's contour line). Levels must be finite; others are skipped. Empty
 * regions give an empty `d`. `digits` and `tolerance` (in the output's units)
 * are as in `multiPolygonPath`.
 *
 *   contourPaths(grid, logThresholds(grid.min, grid.max, 15), gridToPixel(grid, frame.x, frame.y))
 */
export function contourPaths(grid: Grid, levels: readonly number[], t: GridToPixel, digits = 2, tolerance = 0): ContourPath[] {
  const finite = levels.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  if (grid.values.length !== grid.nx * grid.ny) throw new RangeError('contourPaths: values length is not nx * ny');
  const generator = contours().size([grid.nx, grid.ny]).thresholds(finite);
  // d3-contour only indexes the array, so a Float64Array is fine despite the number[] typing.
  const shapes = generator(grid.values as unknown as number[]);
  return shapes.map((shape) => ({ value: shape.value, d: multiPolygonPath(shape.coordinates, t, digits, tolerance) }));
}
