/**
 * Messages between the basins figure and its worker (plain data only).
 * A job is a surface id, an optimizer, a grid and a step count; the worker
 * answers with rows of basin codes (see `~/core/basins`) as it fills them.
 */
import type { BasinOptimizer } from '~/core/basins';

export interface BasinJob {
  readonly objectiveId: string;
  readonly optimizer: BasinOptimizer;
  readonly nx: number;
  readonly ny: number;
  readonly steps: number;
}

export type BasinReply =
  | { readonly type: 'rows'; readonly row0: number; readonly row1: number; readonly codes: Uint8Array }
  | { readonly type: 'done'; readonly ms: number }
  | { readonly type: 'error'; readonly message: string };

/** Rows per message: about 32 updates per map, whatever its size. */
export function rowsPerChunk(ny: number): number {
  return Math.max(1, Math.ceil(ny / 32));
}
