/**
 * A basin-map job on the main thread, for pages that may not start Web
 * Workers (the offline edition, opened from file://) or whose workers failed
 * to load: the rows in slices of about 12 ms, setTimeout between slices, so
 * the page stays responsive, then the border pass in batches the same way.
 * `./job` loads this module only when it is needed.
 */
import { basinRows } from '~/core/many-starts';
import { BASIN_SURFACES } from './surfaces';
import { borderShare, runBorderCells } from './compute';
import { rowsPerChunk, type BasinJob } from './protocol';
import type { BasinJobHandlers } from './job';

/** Border cells per batch: 16 cells of 4 x 4 sub-starts are about two rows of a 128-cell map. */
const BORDER_BATCH = 16;

/** Start `job` here; returns its cancel function. */
export function runOnMainThread(job: BasinJob, on: BasinJobHandlers): () => void {
  const objective = BASIN_SURFACES.get(job.objectiveId);
  if (!objective) {
    on.error(`unknown surface ${job.objectiveId}`);
    return () => {};
  }
  const spec = { objective, optimizer: job.optimizer, domain: objective.domain, nx: job.nx, ny: job.ny, steps: job.steps };
  const out = new Uint8Array(job.nx * job.ny);
  const chunk = rowsPerChunk(job.ny);
  const t0 = performance.now();
  let row = 0;
  let border: { factor: number; cells: Uint32Array } | null = null;
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const slice = (): void => {
    if (cancelled) return;
    const until = performance.now() + 12;
    try {
      while (row < job.ny && performance.now() < until) {
        const row1 = Math.min(job.ny, row + chunk);
        basinRows(spec, row, row1, out);
        on.rows(row, row1, out.subarray(row * job.nx, row1 * job.nx));
        row = row1;
        if (row === job.ny && job.borders) border = borderShare(job, out, 0, 1);
      }
      while (border && next < border.cells.length && performance.now() < until) {
        const cells = border.cells.subarray(next, next + BORDER_BATCH);
        on.border(border.factor, cells, runBorderCells(job, border.factor, cells));
        next += cells.length;
      }
    } catch (err) {
      on.error(err instanceof Error ? err.message : String(err));
      return;
    }
    if (row < job.ny || (border && next < border.cells.length)) timer = setTimeout(slice, 0);
    else on.done({ ms: performance.now() - t0, where: 'main thread', threads: 1 });
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}
