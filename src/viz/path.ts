/**
 * SVG path strings for polylines, built by hand instead of with d3-shape's
 * `line()`: a drag rebuilds every run's path on every pointer move, and this
 * loop does it without allocating a point per vertex, without a generator
 * object, and with fewer vertices.
 *
 *   polylinePath(xs, ys, sx, sy)                    // "M50,210.3L51.2,208L..."
 *   linePath(n, (i) => sx(i), (i) => sy(values[i])) // any indexable source
 *
 * What it guarantees, like d3's `line().defined(...).digits(1)`:
 * - coordinates are rounded to 0.1 px (`digits`), so strings are short and stable;
 * - a vertex whose pixel x or y is not finite is skipped and breaks the path
 *   (the next finite vertex starts a new `M` subpath), so NaN never reaches `d`;
 * - a subpath of a single vertex is written `Mx,yZ` (a round cap draws it as a dot).
 *
 * What it adds: a vertex closer than `minGap` px (default 0.5) to the last one
 * written is dropped, except the last vertex of each subpath, which is always
 * kept. At the plot's resolution the line looks the same; a 300-step run that
 * crawls into a minimum loses most of its (invisible) vertices.
 *
 * With `tolerance` (px), a vertex is also dropped when the straight segment the
 * path draws past it comes within `tolerance` of it, so a smooth curve of a
 * thousand steps becomes a few dozen segments. This is what a repaint costs:
 * the rasterizer strokes every segment (and every round join) of a path in each
 * tile it crosses, on every frame of a drag.
 */

export interface PathOptions {
  /** Decimals of the pixel coordinates (default 1: 0.1 px). */
  readonly digits?: number;
  /** Drop a vertex closer than this many pixels to the previous one written (default 0.5; 0 keeps all). */
  readonly minGap?: number;
  /** Also drop a vertex within this many pixels of the segment drawn past it (default 0: off). */
  readonly tolerance?: number;
}

/**
 * `v` rounded to `k` (a power of ten) as SVG path text; -0 is written "0".
 * For 0.1 px (the default) it is built from integers, which is several times
 * faster than formatting a double; the result is the same as `String(r / k)`.
 */
function num(v: number, k: number): string {
  const r = Math.round(v * k);
  if (r === 0) return '0';
  if (k === 10 && r < 2147483648 && r > -2147483648) {
    const m = r % 10;
    const q = (r - m) / 10;
    if (m === 0) return String(q);
    return `${r < 0 && q === 0 ? '-0' : q}.${m < 0 ? -m : m}`;
  }
  return String(r / k);
}

/**
 * Path through vertices 0..n-1 whose pixel coordinates are `px(i)`, `py(i)`.
 * Non-finite coordinates break the path; see the module comment.
 */
export function linePath(n: number, px: (i: number) => number, py: (i: number) => number, options: PathOptions = {}): string {
  const k = 10 ** Math.max(0, Math.min(6, Math.floor(options.digits ?? 1)));
  const gap = Math.max(0, options.minGap ?? 0.5);
  const tol = options.tolerance ?? 0;
  if (tol > 0) return simplifiedPath(n, px, py, k, Math.max(gap, tol), tol);
  const gap2 = gap * gap;
  let d = '';
  // Per subpath: how many vertices written, the last written, and a dropped one still owed at the end.
  let written = 0;
  let lx = 0;
  let ly = 0;
  let owed = false;
  let ox = 0;
  let oy = 0;
  const end = (): void => {
    if (written === 0) return;
    if (owed) {
      d += `L${num(ox, k)},${num(oy, k)}`;
      written++;
    }
    if (written === 1) d += 'Z';
    written = 0;
    owed = false;
  };
  for (let i = 0; i < n; i++) {
    const x = px(i);
    const y = py(i);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      end();
      continue;
    }
    if (written === 0) {
      d += `M${num(x, k)},${num(y, k)}`;
      written = 1;
    } else if ((x - lx) * (x - lx) + (y - ly) * (y - ly) < gap2) {
      owed = true;
      ox = x;
      oy = y;
      continue;
    } else {
      d += `L${num(x, k)},${num(y, k)}`;
      written++;
    }
    lx = x;
    ly = y;
    owed = false;
  }
  end();
  return d;
}

/**
 * `linePath` with a tolerance, in one pass (sleeve fitting, after Zhao and
 * Saalfeld 1997): from the last vertex written (the anchor), the directions a
 * segment may take and still pass within `tol` of every vertex skipped since
 * form a cone; each skipped vertex narrows it. A vertex that falls outside the
 * cone (or nearer the anchor than a vertex already skipped) ends the segment at
 * the previous vertex, which becomes the anchor. Vertices within `near` of the
 * anchor never narrow the cone: any segment from the anchor passes that close.
 * The cone is kept as its two edge vectors and tested with cross products, so
 * a vertex costs two square roots and no trigonometry.
 */
function simplifiedPath(n: number, px: (i: number) => number, py: (i: number) => number, k: number, near: number, tol: number): string {
  let d = '';
  let written = 0;
  let ax = 0;
  let ay = 0;
  // The last vertex seen and not written.
  let pending = false;
  let qx = 0;
  let qy = 0;
  // The cone's clockwise edge (rx, ry) and anticlockwise edge (lx, ly); far2: squared distance of the farthest skipped vertex.
  let open = false;
  let rx = 0;
  let ry = 0;
  let lx = 0;
  let ly = 0;
  let far2 = 0;
  const near2 = near * near;
  const write = (x: number, y: number): void => {
    d += `${written === 0 ? 'M' : 'L'}${num(x, k)},${num(y, k)}`;
    written++;
    ax = x;
    ay = y;
    pending = false;
    open = false;
    far2 = 0;
  };
  const end = (): void => {
    if (written === 0) return;
    if (pending) write(qx, qy);
    if (written === 1) d += 'Z';
    written = 0;
  };
  for (let i = 0; i < n; i++) {
    const x = px(i);
    const y = py(i);
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      end();
      continue;
    }
    if (written === 0) {
      write(x, y);
      continue;
    }
    let dx = x - ax;
    let dy = y - ay;
    let d2 = dx * dx + dy * dy;
    if (open && (d2 < far2 || rx * dy - ry * dx < 0 || dx * ly - dy * lx < 0)) {
      write(qx, qy);
      dx = x - ax;
      dy = y - ay;
      d2 = dx * dx + dy * dy;
    }
    if (d2 >= near2) {
      // The directions within tol of this vertex: (dx, dy) turned either way by asin(tol / distance).
      const sin = tol / Math.sqrt(d2);
      const cos = Math.sqrt(1 - sin * sin);
      const r1x = dx * cos + dy * sin;
      const r1y = dy * cos - dx * sin;
      const l1x = dx * cos - dy * sin;
      const l1y = dy * cos + dx * sin;
      if (!open || rx * r1y - ry * r1x > 0) {
        rx = r1x;
        ry = r1y;
      }
      if (!open || l1x * ly - l1y * lx > 0) {
        lx = l1x;
        ly = l1y;
      }
      open = true;
      if (d2 > far2) far2 = d2;
    }
    pending = true;
    qx = x;
    qy = y;
  }
  end();
  return d;
}

/**
 * Path through the points (`xs[i]`, `ys[i]`) in data units, mapped to pixels
 * by `sx` and `sy`, over the shorter of the two arrays.
 */
export function polylinePath(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  sx: (v: number) => number,
  sy: (v: number) => number,
  options?: PathOptions,
): string {
  return linePath(
    Math.min(xs.length, ys.length),
    (i) => sx(xs[i] as number),
    (i) => sy(ys[i] as number),
    options,
  );
}
