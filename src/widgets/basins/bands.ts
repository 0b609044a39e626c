/**
 * How a basin map is shared between workers, and how their rows are put back
 * together. Pure: the figure, the worker and bench/heavy.ts use the same code.
 *
 * The map's rows are cut into chunks of `rowsPerChunk(ny)` rows (about 32 per
 * map) and the chunks are dealt to the workers in turn, like cards: worker 0
 * gets chunks 0, W, 2W, ..., worker 1 gets 1, W + 1, .... Each worker thus
 * gets rows from the whole height of the map, so the slow rows (long runs that
 * never settle) are shared out evenly, and the picture fills from the top in
 * every worker at once.
 *
 *   rowBands(256, 2); // [[[0, 8], [16, 24], ...], [[8, 16], [24, 32], ...]]
 */
import { rowsPerChunk } from './protocol';

/** Never more workers than this, whatever the machine: each costs a start-up and memory. */
export const MAX_WORKERS = 4;

/** Rows [row0, row1) of a map. */
export type RowBand = readonly [row0: number, row1: number];

/**
 * Workers to start for a map of `ny` rows: the machine's logical cores
 * (`navigator.hardwareConcurrency`, which may be missing or 0), at most
 * MAX_WORKERS, at most one per chunk, at least 1.
 *
 *   workerCount(8, 256); // 4
 */
export function workerCount(hardwareConcurrency: number | undefined, ny: number): number {
  const cores = Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency!) : 1;
  const chunks = Math.ceil(Math.max(0, ny) / rowsPerChunk(ny));
  return Math.max(1, Math.min(MAX_WORKERS, cores, chunks));
}

/**
 * The chunks of rows each of `workers` workers computes, in the order it
 * computes them (see the module comment). Every row of [0, ny) is in exactly
 * one chunk; a worker may get none when there are more workers than chunks.
 */
export function rowBands(ny: number, workers: number): RowBand[][] {
  if (!(Number.isInteger(ny) && ny >= 0)) throw new Error(`rowBands: invalid row count ${ny}`);
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error(`rowBands: invalid worker count ${workers}`);
  const chunk = rowsPerChunk(ny);
  const out: RowBand[][] = Array.from({ length: workers }, () => []);
  for (let c = 0, row0 = 0; row0 < ny; c++, row0 += chunk) out[c % workers]!.push([row0, Math.min(ny, row0 + chunk)]);
  return out;
}

/**
 * A map being filled in by rows that arrive in any order: the codes, which
 * rows are in, and how many.
 */
export interface MapAssembly {
  readonly nx: number;
  readonly ny: number;
  /** Row-major codes, nx * ny; rows not in yet are 0. */
  readonly codes: Uint8Array;
  /** 1 for each row that is in. */
  readonly rowDone: Uint8Array;
  /** Rows in so far. */
  rows: number;
}

export function newAssembly(nx: number, ny: number): MapAssembly {
  return { nx, ny, codes: new Uint8Array(nx * ny), rowDone: new Uint8Array(ny), rows: 0 };
}

/**
 * Put rows [row0, row1) (their cells only, in `part`) into the map; returns
 * how many of them are new. A row that arrives twice (a job restarted on the
 * main thread after a worker failed) is overwritten and counted once.
 */
export function addRows(a: MapAssembly, row0: number, row1: number, part: Uint8Array): number {
  if (!(Number.isInteger(row0) && Number.isInteger(row1) && 0 <= row0 && row0 <= row1 && row1 <= a.ny)) {
    throw new Error(`addRows: invalid rows [${row0}, ${row1}) of ${a.ny}`);
  }
  if (part.length !== (row1 - row0) * a.nx) throw new Error(`addRows: ${part.length} cells for ${row1 - row0} rows of ${a.nx}`);
  a.codes.set(part, row0 * a.nx);
  let fresh = 0;
  for (let j = row0; j < row1; j++) {
    if (a.rowDone[j] === 0) {
      a.rowDone[j] = 1;
      fresh++;
    }
  }
  a.rows += fresh;
  return fresh;
}
