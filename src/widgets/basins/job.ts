/**
 * Runs a basin-map job off the main thread when it can, on it when it cannot.
 *
 * Where the page may start Web Workers, the map's rows are shared between
 * `workerCount(navigator.hardwareConcurrency)` workers (at most 4; see
 * `./bands`), which post their chunks of rows as they finish them; the
 * job is done when every worker is. Opened from file:// (the offline edition)
 * Chromium refuses workers, and a worker can also fail to load; then the whole
 * job runs on the main thread in slices (`./main-thread`, loaded only then),
 * so the page stays responsive either way. A job with `borders` has a second
 * pass once every row is in: the cells on a basin's border
 * (~/core/basin-borders) are run again from finer sub-starts, shared between
 * the same workers, so the picture's edges are drawn finer than its cells.
 * Starting a job returns a cancel function that terminates all its workers;
 * the figure cancels the old job whenever it starts a new one.
 *
 * The worker constructor is taken from `globalThis` on purpose: the offline
 * exporter refuses bundles that call it directly, because they would have no
 * fallback; `./main-thread` is the fallback.
 */
import workerUrl from './basins.worker?worker&url';
import { rowBands, workerCount } from './bands';
import type { BasinBorderJob, BasinJob, BasinReply, BasinWorkerJob } from './protocol';

export interface BasinJobHandlers {
  /** Rows [row0, row1) are ready in `codes` (the rows' cells only). They may come in any order. */
  rows(row0: number, row1: number, codes: Uint8Array): void;
  /** Border cells `cells` (row-major indices), each run from `factor` x `factor` sub-starts: `factor`² codes per cell, sub-rows top first. */
  border(factor: number, cells: Uint32Array, codes: Uint8Array): void;
  /** `ms`: wall time from the start of the job (its border pass included); `threads`: workers used (1 on the main thread). */
  done(info: { ms: number; where: 'worker' | 'main thread'; threads: number }): void;
  error(message: string): void;
}

/** Set once a worker failed to start or load: later jobs go straight to the main thread. */
let workersBroken = false;

function canUseWorkers(): boolean {
  return !workersBroken && typeof globalThis.Worker === 'function' && location.protocol !== 'file:';
}

/** Run the job on the main thread (./main-thread, loaded on first use); returns its cancel function. */
function runOnMainThread(job: BasinJob, on: BasinJobHandlers): () => void {
  let cancel: (() => void) | null = null;
  let cancelled = false;
  import('./main-thread').then(
    (m) => {
      if (!cancelled) cancel = m.runOnMainThread(job, on);
    },
    (err: unknown) => {
      if (!cancelled) on.error(err instanceof Error ? err.message : String(err));
    },
  );
  return () => {
    cancelled = true;
    cancel?.();
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
  // The rows as they come in, for the border pass.
  const codes = new Uint8Array(job.nx * job.ny);
  let shares = workers.length;
  const finish = (): void => {
    over = true;
    stopAll();
    on.done({ ms: performance.now() - t0, where: 'worker', threads: workers.length });
  };
  workers.forEach((worker, i) => {
    worker.onmessage = (e: MessageEvent<BasinReply>) => {
      if (over) return;
      received = true;
      const msg = e.data;
      if (msg.type === 'rows') {
        codes.set(msg.codes, msg.row0 * job.nx);
        on.rows(msg.row0, msg.row1, msg.codes);
      } else if (msg.type === 'done') {
        if (++finished < workers.length) return;
        // Every row is in: each worker takes a share of the border pass, or the job is over.
        if (!job.borders) return finish();
        workers.forEach((w, share) => w.postMessage({ type: 'borders', codes, share, shares: workers.length } satisfies BasinBorderJob));
      } else if (msg.type === 'border') {
        if (msg.factor > 0 && msg.cells.length > 0) on.border(msg.factor, msg.cells, msg.codes);
        if (--shares === 0) finish();
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
