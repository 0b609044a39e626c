/**
 * The basin map's engine, as a rune class: one job at a time fills a map of
 * codes, row chunks arriving in any order (`./job`: Web Workers where the page
 * may start them, time slices on the main thread where not), then, for a job
 * with `borders`, its border cells at finer sub-starts. Starting a job
 * waits for the controls to settle, then replaces the running one (its
 * workers are terminated); `stop()` cancels it. The view reads the fields; a
 * unit test drives it with a fake job runner (tests/unit/widgets/basins/).
 *
 *   const map = new BasinMapJob(startBasinJob);
 *   $effect(() => map.start({ objectiveId, optimizer, nx, ny, steps })); // returns the cleanup
 */
import { addRows, newAssembly } from './bands';
import type { BasinJobHandlers } from './job';
import type { BasinJob } from './protocol';
import type { BorderPart } from './model';

export type BasinPhase = 'waiting' | 'running' | 'done' | 'cancelled' | 'error';

/** Starts a job and returns its cancel function (`startBasinJob`, or a fake in tests). */
export type BasinJobRunner = (job: BasinJob, on: BasinJobHandlers) => () => void;

/** How long the controls must be still before a job starts (a slider drag fires many events). */
export const SETTLE_BEFORE_JOB_MS = 150;

export class BasinMapJob {
  /** The map's codes, row by row; rows not yet in are zero. */
  codes: Uint8Array = $state.raw(new Uint8Array(0));
  /** 1 where a row is in. */
  rowDone: Uint8Array = $state.raw(new Uint8Array(0));
  /** Rows in so far (also a signal that `codes` changed: the arrays are filled in place). */
  rowsDone = $state(0);
  /** The running or last job's rows. */
  ny = $state(0);
  phase: BasinPhase = $state('waiting');
  where: '' | 'worker' | 'main thread' = $state('');
  threads = $state(1);
  /** Wall time of the last finished job. */
  ms = $state(0);
  errorText = $state('');
  /** Sub-starts per side of the border pass (0: none yet, or none for this map). */
  borderFactor = $state(0);
  /** The border pass's results so far, in the order they came (see `fineCodes`). */
  borders: readonly BorderPart[] = $state.raw([]);
  /** Share of the rows in, 0-1. */
  readonly progress = $derived(this.ny > 0 ? this.rowsDone / this.ny : 0);

  #cancel: (() => void) | null = null;
  readonly #runner: BasinJobRunner;
  readonly #settleMs: number;

  constructor(runner: BasinJobRunner, settleMs = SETTLE_BEFORE_JOB_MS) {
    this.#runner = runner;
    this.#settleMs = settleMs;
  }

  /**
   * Start `job` once the controls have been still for the settle time,
   * replacing the running job. Returns the cleanup: it drops the pending start
   * and cancels the job (what an `$effect` wants to return).
   */
  start(job: BasinJob): () => void {
    const map = newAssembly(job.nx, job.ny);
    const timer = setTimeout(() => {
      this.#cancel?.();
      this.codes = map.codes;
      this.rowDone = map.rowDone;
      this.rowsDone = 0;
      this.borderFactor = 0;
      this.borders = [];
      this.ny = job.ny;
      this.phase = 'running';
      this.errorText = '';
      this.#cancel = this.#runner(job, {
        rows: (row0, row1, part) => {
          addRows(map, row0, row1, part);
          this.rowsDone = map.rows;
        },
        border: (factor, cells, codes) => {
          this.borderFactor = factor;
          this.borders = [...this.borders, { cells, codes }];
        },
        done: (info) => {
          this.phase = 'done';
          this.where = info.where;
          this.threads = info.threads;
          this.ms = info.ms;
          this.#cancel = null;
        },
        error: (message) => {
          this.phase = 'error';
          this.errorText = message;
          this.#cancel = null;
        },
      });
    }, this.#settleMs);
    return () => {
      clearTimeout(timer);
      this.#cancel?.();
      this.#cancel = null;
    };
  }

  /** Cancel the running job; the rows already in stay. */
  stop(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.phase = 'cancelled';
  }
}
