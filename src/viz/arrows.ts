/**
 * Negative-gradient arrow fields: the direction plain gradient descent would
 * step from each point of a lattice.
 */
import type { Domain, Objective } from '~/core/types';

/** One arrow in data units: tail at (x, y), vector (dx, dy); `mag` is |grad f| there. */
export interface Arrow {
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly mag: number;
}

/**
 * Arrow lengths: `raw` draws -grad f as is; `unit` gives every arrow length
 * `length`; `max` scales all so the longest has length `length` (relative sizes kept).
 */
export type ArrowNormalize = 'raw' | 'unit' | 'max';

/** Options for `arrowField`. */
export interface ArrowOptions {
  /** Default `max`. */
  readonly normalize?: ArrowNormalize;
  /** Target length in data units for `unit`/`max`; default 0.8 x spacing. */
  readonly length?: number;
}

/** The gradient of an objective. */
export type GradientField = Objective['grad'];

/**
 * Arrows of -grad f on a square lattice of `spacing` data units, centred in
 * `domain`. Points where the gradient is not finite are skipped; zero gradients
 * give zero-length arrows. Two Float64Array(2) buffers are reused for the point
 * and the gradient.
 *
 *   arrowField(bowl.grad, bowl.domain, 0.5, { normalize: 'unit' })
 */
export function arrowField(grad: GradientField, domain: Domain, spacing: number, options: ArrowOptions = {}): Arrow[] {
  if (!(spacing > 0) || !Number.isFinite(spacing)) return [];
  const normalize = options.normalize ?? 'max';
  const length = options.length ?? 0.8 * spacing;
  const [x0, x1] = domain.x[0] <= domain.x[1] ? domain.x : [domain.x[1], domain.x[0]];
  const [y0, y1] = domain.y[0] <= domain.y[1] ? domain.y : [domain.y[1], domain.y[0]];
  const nx = Math.floor((x1 - x0) / spacing) + 1;
  const ny = Math.floor((y1 - y0) / spacing) + 1;
  if (!(nx >= 1 && ny >= 1) || nx * ny > 1e6) return [];
  const ox = x0 + (x1 - x0 - (nx - 1) * spacing) / 2;
  const oy = y0 + (y1 - y0 - (ny - 1) * spacing) / 2;
  const p = new Float64Array(2);
  const g = new Float64Array(2);
  const raw: Arrow[] = [];
  let maxMag = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const px = ox + i * spacing;
      const py = oy + j * spacing;
      p[0] = px;
      p[1] = py;
      g[0] = g[1] = NaN;
      grad(p, g);
      const gx = g[0] ?? NaN;
      const gy = g[1] ?? NaN;
      const mag = Math.hypot(gx, gy);
      if (!Number.isFinite(mag)) continue;
      if (mag > maxMag) maxMag = mag;
      raw.push({ x: px, y: py, dx: 0 - gx, dy: 0 - gy, mag });
    }
  }
  if (normalize === 'raw') return raw;
  return raw.map((a) => {
    const k = a.mag === 0 ? 0 : normalize === 'unit' ? length / a.mag : maxMag > 0 ? length / maxMag : 0;
    return { x: a.x, y: a.y, dx: a.dx * k + 0, dy: a.dy * k + 0, mag: a.mag };
  });
}
