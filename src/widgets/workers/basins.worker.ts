/**
 * The basins worker: fills a basin map row chunk by row chunk and posts each
 * chunk as it is done, so the figure paints progressively. A new job is a new
 * worker (the figure terminates the old one), so there is nothing to cancel here.
 */
import { basinRows } from '~/core/basins';
import { findObjective } from '~/core/objectives';
import { rowsPerChunk, type BasinJob, type BasinReply } from './basins-protocol';

const post = (msg: BasinReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(msg, transfer);

self.onmessage = (e: MessageEvent<BasinJob>) => {
  const job = e.data;
  const objective = findObjective(job.objectiveId);
  if (!objective) {
    post({ type: 'error', message: `unknown surface ${job.objectiveId}` });
    return;
  }
  const t0 = performance.now();
  const spec = { objective, optimizer: job.optimizer, domain: objective.domain, nx: job.nx, ny: job.ny, steps: job.steps };
  const out = new Uint8Array(job.nx * job.ny);
  const chunk = rowsPerChunk(job.ny);
  try {
    for (let row0 = 0; row0 < job.ny; row0 += chunk) {
      const row1 = Math.min(job.ny, row0 + chunk);
      basinRows(spec, row0, row1, out);
      const codes = out.slice(row0 * job.nx, row1 * job.nx);
      post({ type: 'rows', row0, row1, codes }, [codes.buffer]);
    }
    post({ type: 'done', ms: performance.now() - t0 });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
