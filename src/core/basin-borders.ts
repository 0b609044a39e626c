/**
 * The borders of a basin map, drawn finer than its cells: which cells touch a
 * cell of another code, how many sub-starts per side each can afford, and
 * where those sub-starts are. A border pass runs them with `basinPoints`
 * (./many-starts) and draws their codes in place of the cells' (the basins
 * figure's workers do this once a map is in). Kept apart from many-starts so a
 * page that only draws maps does not ship it.
 *
 *   const cells = borderCells(codes, 128, 128);
 *   const f = borderFactor(cells.length, 128, 128); // 4 for Himmelblau under gradient descent
 *   basinPoints(spec, cellStarts(domain, 128, 128, cells, f), out); // f * f codes per cell
 */
import type { Domain } from './types';

/**
 * The cells of a map that touch a cell of another code (of their 8
 * neighbours): where a basin's border runs. Sorted, row-major indices.
 *
 *   borderCells(new Uint8Array([0, 0, 1, 0, 0, 1]), 3, 2); // [1, 2, 4, 5]
 */
export function borderCells(codes: Uint8Array, nx: number, ny: number): Uint32Array {
  const out: number[] = [];
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const c = codes[j * nx + i];
      let edge = false;
      for (let dj = -1; dj <= 1 && !edge; dj++) {
        const jj = j + dj;
        if (jj < 0 || jj >= ny) continue;
        for (let di = -1; di <= 1; di++) {
          const ii = i + di;
          if (ii >= 0 && ii < nx && codes[jj * nx + ii] !== c) {
            edge = true;
            break;
          }
        }
      }
      if (edge) out.push(j * nx + i);
    }
  }
  return Uint32Array.from(out);
}

/** Sub-starts per side for a border pass: the finest of 8, 4, 2 whose starts cost at most twice the map's and keep the picture at most 512 px across (the map is drawn at most 600 px wide); 0 when none does. */
export function borderFactor(cells: number, nx: number, ny: number): number {
  for (const f of [8, 4, 2]) if (cells * f * f <= 2 * nx * ny && nx * f <= 512 && ny * f <= 512) return f;
  return 0;
}

/**
 * The starts of a border pass: each listed cell of an nx x ny map over
 * `domain` split into f x f sub-cells, started at their centres; cell by cell,
 * sub-rows top first (as in `basinRows`).
 */
export function cellStarts(domain: Domain, nx: number, ny: number, cells: Uint32Array, f: number): Float64Array {
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const xy = new Float64Array(2 * cells.length * f * f);
  let k = 0;
  for (const cell of cells) {
    const i = cell % nx;
    const j = (cell - i) / nx;
    for (let b = 0; b < f; b++) {
      const y = y1 - ((j + (b + 0.5) / f) / ny) * (y1 - y0);
      for (let a = 0; a < f; a++) {
        xy[k++] = x0 + ((i + (a + 0.5) / f) / nx) * (x1 - x0);
        xy[k++] = y;
      }
    }
  }
  return xy;
}
