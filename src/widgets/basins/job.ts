/**
 * Runs a basin-map job off the main thread when it can, on it when it cannot.
 *
 * Where the page may start Web Workers, the map's rows are shared between
 * `workerCount(navigator.hardwareConcurrency)` workers (at most 4; see
 * `./bands`), which post their chunks of rows as they finish them; the
 * job is done when every worker is. Opened from file:// (the offline edition)
 * Chromium refuses workers, and a worker can also fail to load; then the whole
 * map is computed on the main thread in slices of about 12 ms (setTimeout
 * between slices), so the page stays responsive either way. Starting a job
 * returns a cancel function that terminates all its workers; the figure cancels
 * the old job whenever it starts a new one.
 *
 * The worker constructor is taken from `globalThis` on purpose: the offline
 * exporter refuses bundles that call it directly, because they would have no
 * fallback; this module is the fallback.
 */
import { basinRows } from '~/core/many-starts';
import { BASIN_SURFACES } from './surfaces';
import workerUrl from './basins.worker?worker&url';
import { rowBands, workerCount } from './bands';
import { rowsPerChunk, type BasinJob, type BasinReply, type BasinWorkerJob } from './protocol';

export interface BasinJobHandlers {
  /** Rows [row0, row1) are ready in `codes` (the rows' cells only). They may come in any order. */
  rows(row0: number, row1: number, codes: Uint8Array): void;
  /** `ms`: wall time from the start of the job; `threads`: workers used (1 on the main thread). */
  done(info: { ms: number; where: 'worker' | 'main thread'; threads: number }): void;
  error(message: string): void;
}

/** Set once a worker failed to start or load: later jobs go straight to the main thread. */
let workersBroken = false;

function canUseWorkers(): boolean {
  return !workersBroken && typeof globalThis.Worker === 'function' && location.protocol !== 'file:';
}

/** Compute on the main thread in time slices. */
function runOnMainThread(job: BasinJob, on: BasinJobHandlers): () => void {
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
    else on.done({ ms: performance.now() - t0, where: 'main thread', threads: 1 });
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
  const t0 = performance.now();
  const bands = rowBands(job.ny, workerCount(navigator.hardwareConcurrency, job.ny));
  const workers: Worker[] = [];
  const stopAll = (): void => {
    for (const w of workers) w.terminate();
  };
  try {
    const WorkerCtor = globalThis.Worker;
    for (let i = 0; i < bands.length; i++) workers.push(new WorkerCtor(workerUrl, { name: `basins-${i + 1}` }));
  } catch {
    stopAll();
    workersBroken = true;
    return runOnMainThread(job, on);
  }
  let fallback: (() => void) | null = null;
  let received = false;
  let finished = 0;
  let over = false;
  workers.forEach((worker, i) => {
    worker.onmessage = (e: MessageEvent<BasinReply>) => {
      if (over) return;
      received = true;
      const msg = e.data;
      if (msg.type === 'rows') on.rows(msg.row0, msg.row1, msg.codes);
      else if (msg.type === 'done') {
        worker.terminate();
        finished++;
        if (finished === workers.length) {
          over = true;
          on.done({ ms: performance.now() - t0, where: 'worker', threads: workers.length });
        }
      } else {
        over = true;
        stopAll();
        on.error(msg.message);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      if (over) return;
      over = true;
      stopAll();
      if (received) {
        on.error(e.message || 'a worker stopped');
        return;
      }
      // No worker ever ran (blocked or not found): do the whole job here instead.
      workersBroken = true;
      fallback = runOnMainThread(job, on);
    };
    const share: BasinWorkerJob = { ...job, bands: bands[i]! };
    worker.postMessage(share);
  });
  return () => {
    over = true;
    stopAll();
    fallback?.();
  };
}
