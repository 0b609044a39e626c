/**
 * The two heaviest computations a figure asks for, timed in Node:
 *
 * 1. A 256 x 256 basins-of-attraction map of Himmelblau's function (the basins
 *    figure's surface) for Adam with 300 steps per start: 65 536 runs, up to
 *    19.7 M optimizer steps (15 M at lr 0.01). Goal < 0.5 s off the main thread.
 *    Timed twice: on one thread (`basinMap`), and as the browser runs it, in
 *    2 fresh workers (Node worker_threads running the figure's worker code,
 *    src/widgets/workers/basins-compute.ts, on the bands of rows from
 *    basins-bands.ts), from starting the workers to the last row assembled:
 *    the wall time a reader waits with 2 cores. Also timed on one thread on the
 *    generic path (`basinMap(spec, { generic: true })`: descendInPlace and the
 *    optimizer object), the figure that justifies the Adam fast path. Two learning rates: 0.01 (the
 *    figure's default: runs rarely settle early, close to the worst case) and 0.1.
 * 2. A 200 x 200 Rosenbrock grid (sampleGrid, 40 000 evaluations of f) and,
 *    timed separately, its contours: 15 log-spaced levels through marching
 *    squares and the path writer (contourPaths) on a 400 x 400 px plot,
 *    simplified to 0.1 px as ContourPlot does (0.05 of a grid cell). Goal: the
 *    two together under 10 ms.
 *
 * Each figure is the median of repeated runs (plus min and max), after a warm-up.
 *
 *   npm run bench:heavy            prints a table
 *   npm run bench:heavy -- --json  prints JSON (for scripts/bench.mjs)
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { basinMap, basinPoints, BASIN_DIVERGED, BASIN_UNSETTLED } from '../src/core/many-starts';
import { borderCells, borderFactor, cellStarts } from '../src/core/basin-borders';
import { himmelblau } from '../src/core/objectives/himmelblau';
import { rosenbrock } from '../src/core/objectives/rosenbrock';
import { contourPaths, gridToPixel } from '../src/viz/contours';
import { sampleGrid } from '../src/viz/grid';
import { logThresholds } from '../src/viz/thresholds';
import { addRows, newAssembly, rowBands } from '../src/widgets/basins/bands';
import { computeBands } from '../src/widgets/basins/compute';
import type { BasinJob, BasinReply, BasinWorkerJob } from '../src/widgets/basins/protocol';

// This bundle is also the worker script: a worker thread answers jobs and does nothing else.
if (!isMainThread) {
  const port = parentPort!;
  port.on('message', (job: BasinWorkerJob) => computeBands(job, (msg, transfer) => port.postMessage(msg, transfer ?? [])));
} else {
  await main();
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const WORKERS = 2;

  interface Timing {
    /** Wall-clock milliseconds: median, min, max over `runs`. */
    median: number;
    min: number;
    max: number;
    /** Median CPU time of this process (user + system), less sensitive to a loaded machine than wall time. */
    cpuMedian: number;
    runs: number;
  }

  /** Starts a wall-clock and CPU stopwatch; calling the result reads both, in ms. */
  function stopwatch(): () => [number, number] {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    return () => {
      const c = process.cpuUsage(c0);
      return [performance.now() - t0, (c.user + c.system) / 1000];
    };
  }

  function summary(samples: [number, number][]): Timing {
    const ms = samples.map((x) => x[0]).sort((a, b) => a - b);
    const cpu = samples.map((x) => x[1]).sort((a, b) => a - b);
    return { median: ms[Math.floor(ms.length / 2)]!, min: ms[0]!, max: ms[ms.length - 1]!, cpuMedian: cpu[Math.floor(cpu.length / 2)]!, runs: samples.length };
  }

  function time(fn: () => unknown, runs: number, warmup = 1): Timing {
    for (let i = 0; i < warmup; i++) fn();
    const samples: [number, number][] = [];
    for (let i = 0; i < runs; i++) {
      const stop = stopwatch();
      fn();
      samples.push(stop());
    }
    return summary(samples);
  }

  async function timeAsync(fn: () => Promise<unknown>, runs: number, warmup = 1): Promise<Timing> {
    for (let i = 0; i < warmup; i++) await fn();
    const samples: [number, number][] = [];
    for (let i = 0; i < runs; i++) {
      const stop = stopwatch();
      await fn();
      samples.push(stop());
    }
    return summary(samples);
  }

  /** Each worker's own computing time in the last `mapInWorkers` run. */
  let lastWorkerMs: number[] = [];

  /** The map as the figure computes it: fresh workers, each given its bands, rows assembled as they arrive. */
  function mapInWorkers(job: BasinJob, workers: number): Promise<Uint8Array> {
    lastWorkerMs = [];
    const bands = rowBands(job.ny, workers);
    const map = newAssembly(job.nx, job.ny);
    const url = new URL(import.meta.url);
    return new Promise((resolve, reject) => {
      let finished = 0;
      const started = bands.map((share) => {
        const w = new Worker(url);
        w.on('message', (msg: BasinReply) => {
          if (msg.type === 'rows') addRows(map, msg.row0, msg.row1, msg.codes);
          else if (msg.type === 'error') reject(new Error(msg.message));
          else if (msg.type === 'done') {
            lastWorkerMs.push(msg.ms);
            void w.terminate();
            if (++finished === bands.length) resolve(map.codes);
          }
        });
        w.on('error', reject);
        return { w, share };
      });
      for (const { w, share } of started) w.postMessage({ ...job, bands: share } satisfies BasinWorkerJob);
    });
  }

  async function basins(lr: number): Promise<Record<string, unknown>> {
    const spec = { objective: himmelblau, optimizer: { id: 'adam' as const, params: { lr } }, domain: himmelblau.domain, nx: 256, ny: 256, steps: 300 };
    let codes: Uint8Array = new Uint8Array(0);
    const t = time(() => (codes = basinMap(spec)), 5);
    // The same map on the generic path (descendInPlace and the optimizer object): why the Adam fast path exists.
    let generic: Uint8Array = new Uint8Array(0);
    const tg = time(() => (generic = basinMap(spec, { generic: true })), 5);
    if (generic.some((c, i) => c !== codes[i])) throw new Error(`bench: the generic path's map differs from the fast path's (lr ${lr})`);
    const job: BasinJob = { objectiveId: 'himmelblau', optimizer: spec.optimizer, nx: 256, ny: 256, steps: 300 };
    let parallel: Uint8Array = new Uint8Array(0);
    const inWorker: number[] = [];
    const tw = await timeAsync(async () => {
      parallel = await mapInWorkers(job, WORKERS);
      inWorker.push(Math.max(...lastWorkerMs));
    }, 5);
    // The warm-up run's figure goes; the median of the timed runs stays.
    const computing = inWorker.slice(-tw.runs).sort((a, b) => a - b);
    const slowestWorkerMs = computing[Math.floor(computing.length / 2)]!;
    if (parallel.length !== codes.length || parallel.some((c, i) => c !== codes[i])) throw new Error(`bench: the ${WORKERS}-worker map differs from the single-thread map (lr ${lr})`);
    // The figure's second pass: the border cells run again from finer sub-starts (one thread here; the figure shares it between its workers).
    const borders = borderCells(codes, spec.nx, spec.ny);
    const factor = borderFactor(borders.length, spec.nx, spec.ny);
    const tb = time(() => {
      if (factor === 0) return;
      const xy = cellStarts(spec.domain, spec.nx, spec.ny, borders, factor);
      basinPoints(spec, xy, new Uint8Array(xy.length / 2));
    }, 3);
    const counts = { minima: 0, unsettled: 0, diverged: 0 };
    for (const c of codes) {
      if (c === BASIN_DIVERGED) counts.diverged++;
      else if (c === BASIN_UNSETTLED) counts.unsettled++;
      else counts.minima++;
    }
    return { surface: 'himmelblau', optimizer: 'adam', lr, nx: 256, ny: 256, steps: 300, ms: t, genericMs: tg, workers: WORKERS, workersMs: tw, slowestWorkerMs, goalMs: 500, cells: counts, borderCells: borders.length, borderFactor: factor, borderMs: tb };
  }

  const basinsResults = [await basins(0.01), await basins(0.1)];

  const grid = rosenbrock;
  let g = sampleGrid(grid.f, grid.domain, 200, 200);
  const gridT = time(() => (g = sampleGrid(grid.f, grid.domain, 200, 200)), 50, 5);
  const levels = logThresholds(g.min, g.max, 15);
  const px = gridToPixel(g, (x) => ((x - grid.domain.x[0]) / (grid.domain.x[1] - grid.domain.x[0])) * 400, (y) => 400 - ((y - grid.domain.y[0]) / (grid.domain.y[1] - grid.domain.y[0])) * 400);
  let pathChars = 0;
  const contourT = time(() => (pathChars = contourPaths(g, levels, px, 2, 0.1).reduce((s, p) => s + p.d.length, 0)), 20, 3);

  const result = {
    basins: basinsResults,
    grid: { surface: 'rosenbrock', nx: 200, ny: 200, ms: gridT, goalMs: 10 },
    contours: { surface: 'rosenbrock', nx: 200, ny: 200, levels: levels.length, tolerancePx: 0.1, pathChars, ms: contourT, goalMs: 10 },
  };

  if (json) {
    console.log(JSON.stringify(result));
  } else {
    const f = (t: Timing): string => `${t.median.toFixed(1)} ms wall (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}), ${t.cpuMedian.toFixed(1)} ms CPU, ${t.runs} runs`;
    for (const b of basinsResults) {
      console.log(`basins 256x256, adam lr ${String(b.lr)}, 300 steps, 1 thread:    ${f(b.ms as Timing)}`);
      console.log(`  the same map on the generic path (descendInPlace), 1 thread: ${f(b.genericMs as Timing)}`);
      console.log(`basins 256x256, adam lr ${String(b.lr)}, 300 steps, ${String(b.workers)} workers:   ${f(b.workersMs as Timing)}  goal < 500 ms`);
      console.log(`  (CPU of all threads; the slower worker computed for ${(b.slowestWorkerMs as number).toFixed(1)} ms, median; the rest is worker start-up and messages)`);
      console.log(`  border pass, 1 thread: ${String(b.borderCells)} border cells from ${String(b.borderFactor)} x ${String(b.borderFactor)} sub-starts each: ${f(b.borderMs as Timing)}`);
    }
    console.log(`rosenbrock grid 200x200:  ${f(gridT)}  goal < 10 ms`);
    console.log(`rosenbrock contours, ${levels.length} levels: ${f(contourT)}  (${pathChars} path characters)  goal < 10 ms (with the grid)`);
  }
}
