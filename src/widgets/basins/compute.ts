/**
 * What a basins worker does with a job, apart from the messaging: compute its
 * bands of rows in order and hand each to `post` as it is done, then `done`;
 * later, maybe, a share of the map's border cells at finer sub-starts.
 * The browser worker (basins.worker.ts) and bench/heavy.ts's Node
 * worker_threads both run this, so the benchmark times the figure's code.
 */
import { basinPoints, basinRows } from '~/core/many-starts';
import { borderCells, borderFactor, cellStarts } from '~/core/basin-borders';
import { BASIN_SURFACES } from './surfaces';
import type { BasinBorderJob, BasinJob, BasinReply, BasinWorkerJob } from './protocol';

export type BasinPost = (msg: BasinReply, transfer?: ArrayBuffer[]) => void;

export function computeBands(job: BasinWorkerJob, post: BasinPost): void {
  const objective = BASIN_SURFACES.get(job.objectiveId);
  if (!objective) {
    post({ type: 'error', message: `unknown surface ${job.objectiveId}` });
    return;
  }
  const t0 = performance.now();
  const spec = { objective, optimizer: job.optimizer, domain: objective.domain, nx: job.nx, ny: job.ny, steps: job.steps };
  const out = new Uint8Array(job.nx * job.ny);
  try {
    for (const [row0, row1] of job.bands) {
      basinRows(spec, row0, row1, out);
      const codes = out.slice(row0 * job.nx, row1 * job.nx);
      post({ type: 'rows', row0, row1, codes }, [codes.buffer]);
    }
    post({ type: 'done', ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}

/**
 * The border pass of a finished map, or one share of it: the map's border
 * cells, the slice `share` of `shares` of them, and their sub-starts' codes.
 * The main-thread path takes the whole pass (1 share) and runs it in batches.
 */
export function borderShare(job: BasinJob, codes: Uint8Array, share: number, shares: number): { factor: number; cells: Uint32Array } {
  const all = borderCells(codes, job.nx, job.ny);
  const factor = borderFactor(all.length, job.nx, job.ny);
  if (factor === 0) return { factor, cells: new Uint32Array(0) };
  const per = Math.ceil(all.length / shares);
  return { factor, cells: all.slice(share * per, (share + 1) * per) };
}

/** Run border cells from `factor` x `factor` sub-starts each: their codes, factor² per cell. */
export function runBorderCells(job: BasinJob, factor: number, cells: Uint32Array): Uint8Array {
  const objective = BASIN_SURFACES.get(job.objectiveId);
  if (!objective) throw new Error(`unknown surface ${job.objectiveId}`);
  const xy = cellStarts(objective.domain, job.nx, job.ny, cells, factor);
  const out = new Uint8Array(xy.length / 2);
  basinPoints({ objective, optimizer: job.optimizer, domain: objective.domain, nx: job.nx, ny: job.ny, steps: job.steps }, xy, out);
  return out;
}

/** A worker's answer to a `borders` message: one `border` message with its share. */
export function computeBorders(job: BasinJob, msg: BasinBorderJob, post: BasinPost): void {
  try {
    const { factor, cells } = borderShare(job, msg.codes, msg.share, msg.shares);
    const codes = factor > 0 ? runBorderCells(job, factor, cells) : new Uint8Array(0);
    post({ type: 'border', factor, cells, codes }, [cells.buffer as ArrayBuffer, codes.buffer as ArrayBuffer]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
