/**
 * What a basins worker does with a job, apart from the messaging: compute its
 * bands of rows in order and hand each to `post` as it is done, then `done`.
 * The browser worker (basins.worker.ts) and bench/heavy.ts's Node
 * worker_threads both run this, so the benchmark times the figure's code.
 */
import { basinRows } from '~/core/many-starts';
import { BASIN_SURFACES } from './surfaces';
import type { BasinReply, BasinWorkerJob } from './protocol';

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
