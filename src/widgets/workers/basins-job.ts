/**
 * Runs a basin-map job off the main thread when it can, on it when it cannot.
 *
 * A Web Worker is used where the page may start one. Opened from file:// (the
 * offline edition) Chromium refuses workers, and a worker can also fail to load;
 * then the same rows are computed on the main thread in slices of about 12 ms
 * (setTimeout between slices), so the page stays responsive either way.
 * Starting a job returns a cancel function; the figure cancels the old job
 * whenever it starts a new one.
 *
 * The worker constructor is taken from `globalThis` on purpose: the offline
 * exporter refuses bundles that call it directly, because they would have no
 * fallback; this module is the fallback.
 */
import { basinRows } from '~/core/basins';
import { findObjective } from '~/core/objectives';
import workerUrl from './basins.worker?worker&url';
import { rowsPerChunk, type BasinJob, type BasinReply } from './basins-protocol';

export interface BasinJobHandlers {
  /** Rows [row0, row1) are ready in `codes` (the rows' cells only). */
  rows(row0: number, row1: number, codes: Uint8Array): void;
  done(info: { ms: number; where: 'worker' | 'main thread' }): void;
  error(message: string): void;
}

/** Set once a worker failed to start or load: later jobs go straight to the main thread. */
let workersBroken = false;

function canUseWorkers(): boolean {
  return !workersBroken && typeof globalThis.Worker === 'function' && location.protocol !== 'file:';
}

/** Compute on the main thread in time slices. */
function runOnMainThread(job: BasinJob, on: BasinJobHandlers): () => void {
  const objective = findObjective(job.objectiveId);
  if (!objective) {
    on.error(`unknown surface ${job.objectiveId}`);
    return () => {};
  }
  const spec = { objective, optimizer: job.optimizer, domain: objective.domain, nx: job.nx, ny: job.ny, steps: job.steps };
  const out = new Uint8Array(job.nx * job.ny);
  const chunk = rowsPerChunk(job.ny);
  const t0 = performance.now();
  let row = 0;
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
      }
    } catch (err) {
      on.error(err instanceof Error ? err.message : String(err));
      return;
    }
    if (row < job.ny) timer = setTimeout(slice, 0);
    else on.done({ ms: performance.now() - t0, where: 'main thread' });
  };
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/**
 * Start a job; returns its cancel function.
 *
 *   const cancel = startBasinJob({ objectiveId: 'himmelblau', optimizer: { id: 'gd', params: { lr: 0.01 } }, nx: 128, ny: 128, steps: 200 }, handlers);
 */
export function startBasinJob(job: BasinJob, on: BasinJobHandlers): () => void {
  if (!canUseWorkers()) return runOnMainThread(job, on);
  let worker: Worker;
  try {
    const WorkerCtor = globalThis.Worker;
    worker = new WorkerCtor(workerUrl, { name: 'basins' });
  } catch {
    workersBroken = true;
    return runOnMainThread(job, on);
  }
  let fallback: (() => void) | null = null;
  let received = false;
  worker.onmessage = (e: MessageEvent<BasinReply>) => {
    received = true;
    const msg = e.data;
    if (msg.type === 'rows') on.rows(msg.row0, msg.row1, msg.codes);
    else if (msg.type === 'done') {
      on.done({ ms: msg.ms, where: 'worker' });
      worker.terminate();
    } else on.error(msg.message);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    if (received) {
      on.error(e.message || 'the worker stopped');
      return;
    }
    // The worker never ran (blocked or not found): do the job here instead.
    workersBroken = true;
    fallback = runOnMainThread(job, on);
  };
  worker.postMessage(job);
  return () => {
    worker.terminate();
    fallback?.();
  };
}
