/**
 * The basin map's pure parts: its colours, the coarse first frame as runs of
 * equal cells, the picture that refines in place as rows arrive, and the finer
 * picture drawn once the border pass is in. The job
 * that fills the map is `model.svelte.ts`; the view only draws.
 */
import { BASIN_DIVERGED, BASIN_UNSETTLED } from '~/core/many-starts';
import { mix, runColour, toHex } from '~/viz';

/** A cell's colour: the minimum's run colour washed toward the background; grey for unsettled, near-black/white for diverged. */
export function basinColour(code: number, minima: number, dark: boolean): string {
  const bg = dark ? '#14161a' : '#ffffff';
  if (code === BASIN_DIVERGED) return dark ? '#d8d8d8' : '#3a3a3a';
  if (code >= BASIN_UNSETTLED || code >= minima) return dark ? '#4a4a4a' : '#b8b8b8';
  return toHex(mix(runColour(code, dark ? 'dark' : 'light'), bg, dark ? 0.4 : 0.55));
}

/** Every code's colour as RGBA bytes (256 entries), for `codesToImageData`. */
export function basinPalette(minima: number, dark: boolean): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(256 * 4);
  for (let c = 0; c < 256; c++) {
    const hex = basinColour(c, minima, dark);
    lut[4 * c] = parseInt(hex.slice(1, 3), 16);
    lut[4 * c + 1] = parseInt(hex.slice(3, 5), 16);
    lut[4 * c + 2] = parseInt(hex.slice(5, 7), 16);
    lut[4 * c + 3] = 255;
  }
  return lut;
}

/** A map of codes, `nx` cells wide, row 0 on top. */
export interface CodeMap {
  readonly nx: number;
  readonly ny: number;
  readonly codes: Uint8Array;
}

/** One rect per run of equal cells in a row: cells [i, i + w) of row j have code c. */
export function codeRuns(map: CodeMap): { i: number; j: number; w: number; c: number }[] {
  const out: { i: number; j: number; w: number; c: number }[] = [];
  const { nx, ny, codes } = map;
  for (let j = 0; j < ny; j++) {
    let i = 0;
    while (i < nx) {
      const c = codes[j * nx + i]!;
      let w = 1;
      while (i + w < nx && codes[j * nx + i + w] === c) w++;
      out.push({ i, j, w, c });
      i += w;
    }
  }
  return out;
}

/**
 * The full map where its rows are in (`rowDone[j]` set), the coarse map
 * (nearest cell) where they are not yet: the picture refines in place.
 */
export function refinedCodes(full: Uint8Array, rowDone: Uint8Array, nx: number, ny: number, coarse: CodeMap, out?: Uint8Array): Uint8Array {
  const codes = out !== undefined && out.length === nx * ny ? out : new Uint8Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    if (rowDone[j]) {
      codes.set(full.subarray(j * nx, (j + 1) * nx), j * nx);
      continue;
    }
    const cj = Math.floor((j * coarse.ny) / ny) * coarse.nx;
    for (let i = 0; i < nx; i++) codes[j * nx + i] = coarse.codes[cj + Math.floor((i * coarse.nx) / nx)]!;
  }
  return codes;
}

/** Part of a border pass: these cells' sub-start codes, factor² per cell, sub-rows top first (see `cellStarts` in ~/core/many-starts). */
export interface BorderPart {
  readonly cells: Uint32Array;
  readonly codes: Uint8Array;
}

/**
 * The map drawn `f` times finer (nx·f x ny·f): every cell as an f x f block of
 * its own code, except the border cells, which show their sub-starts' codes.
 * Borders are drawn at the sub-starts' spacing instead of the cells'.
 *
 *   fineCodes(new Uint8Array([0, 1]), 2, 1, 2, [{ cells: Uint32Array.of(1), codes: Uint8Array.of(0, 1, 1, 1) }]);
 *   // [0, 0, 0, 1,
 *   //  0, 0, 1, 1]
 */
export function fineCodes(codes: Uint8Array, nx: number, ny: number, f: number, parts: readonly BorderPart[], out?: Uint8Array): Uint8Array {
  const w = nx * f;
  const fine = out !== undefined && out.length === w * ny * f ? out : new Uint8Array(w * ny * f);
  for (let j = 0; j < ny; j++) {
    for (let b = 0; b < f; b++) {
      const row = (j * f + b) * w;
      for (let i = 0; i < nx; i++) fine.fill(codes[j * nx + i]!, row + i * f, row + i * f + f);
    }
  }
  for (const { cells, codes: sub } of parts) {
    let k = 0;
    for (const cell of cells) {
      const i = cell % nx;
      const j = (cell - i) / nx;
      for (let b = 0; b < f; b++) {
        const row = (j * f + b) * w + i * f;
        for (let a = 0; a < f; a++) fine[row + a] = sub[k++]!;
      }
    }
  }
  return fine;
}
