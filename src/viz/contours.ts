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

function num(v: number, digits: number): string {
  const s = v.toFixed(digits);
  // Trim "1.50" -> "1.5", "2.00" -> "2", and avoid "-0".
  const t = s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  return t === '-0' ? '0' : t;
}

/**
 * SVG path data for MultiPolygon coordinates (polygons of rings of positions),
 * each ring mapped through `t` and closed with `Z`. Coordinates are written with
 * at most `digits` decimals.
 *
 *   multiPolygonPath([[[[0, 0], [1, 0], [1, 1], [0, 0]]]], { x: { a: 10, b: 0 }, y: { a: -10, b: 10 } })
 *   // "M0,10L10,10L10,0Z"
 */
export function multiPolygonPath(
  coordinates: readonly (readonly (readonly Position[])[])[],
  t: GridToPixel,
  digits = 2,
): string {
  let d = '';
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      // GeoJSON rings repeat the first position at the end; Z closes it instead.
      const n = ring.length > 1 && samePosition(ring[0], ring[ring.length - 1]) ? ring.length - 1 : ring.length;
      for (let k = 0; k < n; k++) {
        const p = ring[k];
        if (p === undefined) continue;
        d += (k === 0 ? 'M' : 'L') + num(t.x.a * (p[0] ?? 0) + t.x.b, digits) + ',' + num(t.y.a * (p[1] ?? 0) + t.y.b, digits);
      }
      if (n > 0) d += 'Z';
    }
  }
  return d;
}

function samePosition(p: Position | undefined, q: Position | undefined): boolean {
  return p !== undefined && q !== undefined && p[0] === q[0] && p[1] === q[1];
}

/**
 * One SVG path per level: the region where the grid is >= that level, in pixel
 * space. Use `fill` for bands and `stroke` for lines (a region's boundary is the
 * level's contour line). Levels must be finite; others are skipped. Empty
 * regions give an empty `d`.
 *
 *   contourPaths(grid, logThresholds(grid.min, grid.max, 15), gridToPixel(grid, frame.x, frame.y))
 */
export function contourPaths(grid: Grid, levels: readonly number[], t: GridToPixel, digits = 2): ContourPath[] {
  const finite = levels.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [];
  if (grid.values.length !== grid.nx * grid.ny) throw new RangeError('contourPaths: values length is not nx * ny');
  const generator = contours().size([grid.nx, grid.ny]).thresholds(finite);
  // d3-contour only indexes the array, so a Float64Array is fine despite the number[] typing.
  const shapes = generator(grid.values as unknown as number[]);
  return shapes.map((shape) => ({ value: shape.value, d: multiPolygonPath(shape.coordinates, t, digits) }));
}
