/**
 * Messages between the basins figure and its workers (plain data only).
 * A job is a surface id, an optimizer, a grid and a step count; the figure
 * splits it over one or more workers (see `./bands`), each of which is
 * told which chunks of rows to compute and answers with rows of basin codes
 * (see `~/core/many-starts`) as it fills them, then `done`. A job with
 * `borders` then sends each worker the whole map, and each answers with one
 * `border` message: its share of the border cells at finer sub-starts, so
 * the picture's edges are drawn finer than its cells.
 */
import type { BasinOptimizer } from '~/core/many-starts';

export interface BasinJob {
  readonly objectiveId: string;
  readonly optimizer: BasinOptimizer;
  readonly nx: number;
  readonly ny: number;
  readonly steps: number;
  /** Once the map is in, run its border cells again from finer sub-starts (see `borderFactor` in ~/core/many-starts). */
  readonly borders?: boolean;
}

/** What one worker is sent: the job and its share of the rows, as [row0, row1) chunks in the order to compute them. */
export interface BasinWorkerJob extends BasinJob {
  readonly bands: readonly (readonly [number, number])[];
}

/**
 * Sent to every worker once the whole map is in: find the map's border cells
 * (`borderCells` in ~/core/basin-borders) and run share `share` of `shares`
 * of them (a contiguous slice) from finer sub-starts.
 */
export interface BasinBorderJob {
  readonly type: 'borders';
  readonly codes: Uint8Array;
  readonly share: number;
  readonly shares: number;
}

export type BasinReply =
  | { readonly type: 'rows'; readonly row0: number; readonly row1: number; readonly codes: Uint8Array }
  /** A share of the border pass: its cells (row-major indices) and their sub-starts' codes, `factor`² per cell in the order of `cellStarts`; `factor` 0 when the map has no border pass. */
  | { readonly type: 'border'; readonly factor: number; readonly cells: Uint32Array; readonly codes: Uint8Array }
  /** This worker's bands are all sent; `ms` is its own computing time. */
  | { readonly type: 'done'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };

/** Rows per message: about 32 updates per map, whatever its size. */
export function rowsPerChunk(ny: number): number {
  return Math.max(1, Math.ceil(ny / 32));
}
