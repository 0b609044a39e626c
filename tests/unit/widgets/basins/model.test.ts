import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { BASIN_DIVERGED, BASIN_UNSETTLED } from '~/core/many-starts';
import { codesToImageData } from '~/viz/code-image';
import { basinColour, basinPalette, codeRuns, fineCodes, refinedCodes } from '~/widgets/basins/model';
import { BasinMapJob, type BasinJobRunner } from '~/widgets/basins/model.svelte';
import type { BasinJobHandlers } from '~/widgets/basins/job';
import type { BasinJob } from '~/widgets/basins/protocol';

const JOB: BasinJob = { objectiveId: 'himmelblau', optimizer: { kind: 'gd', lr: 0.01 }, nx: 4, ny: 3, steps: 100 } as unknown as BasinJob;

/** A job runner the test drives by hand: it records each job's handlers and cancels. */
function fakeRunner() {
  const jobs: { job: BasinJob; on: BasinJobHandlers; cancelled: boolean }[] = [];
  const runner: BasinJobRunner = (job, on) => {
    const rec = { job, on, cancelled: false };
    jobs.push(rec);
    return () => (rec.cancelled = true);
  };
  return { jobs, runner };
}

describe('BasinMapJob, the basin map engine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the settle time, then runs, fills rows in any order and reports progress and where it ran', () => {
    const { jobs, runner } = fakeRunner();
    const map = new BasinMapJob(runner, 150);
    map.start(JOB);
    vi.advanceTimersByTime(149);
    expect(jobs).toHaveLength(0);
    expect(map.phase).toBe('waiting');
    vi.advanceTimersByTime(1);
    expect(jobs).toHaveLength(1);
    expect(map.phase).toBe('running');
    expect(map.ny).toBe(3);
    expect(map.progress).toBe(0);
    jobs[0]!.on.rows(2, 3, new Uint8Array([1, 1, 2, 2]));
    expect(map.rowsDone).toBe(1);
    expect(map.progress).toBeCloseTo(1 / 3);
    expect([...map.rowDone]).toEqual([0, 0, 1]);
    expect([...map.codes.subarray(8)]).toEqual([1, 1, 2, 2]);
    jobs[0]!.on.rows(0, 2, new Uint8Array([0, 0, 0, 0, 3, 3, 3, 3]));
    jobs[0]!.on.done({ ms: 42, where: 'worker', threads: 2 });
    expect(map.phase).toBe('done');
    expect(map.progress).toBe(1);
    expect([map.where, map.threads, map.ms]).toEqual(['worker', 2, 42]);
    expect([...map.codes]).toEqual([0, 0, 0, 0, 3, 3, 3, 3, 1, 1, 2, 2]);
  });

  it('a burst of starts runs only the last; its cleanup cancels the running job', () => {
    const { jobs, runner } = fakeRunner();
    const map = new BasinMapJob(runner, 150);
    let cleanup = map.start(JOB);
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(50);
      cleanup();
      cleanup = map.start({ ...JOB, steps: 100 + i });
    }
    vi.advanceTimersByTime(150);
    expect(jobs.map((j) => j.job.steps)).toEqual([104]);
    cleanup();
    expect(jobs[0]!.cancelled).toBe(true);
  });

  it('stop() cancels and keeps the rows in; an error is reported with its message', () => {
    const { jobs, runner } = fakeRunner();
    const map = new BasinMapJob(runner, 0);
    map.start(JOB);
    vi.advanceTimersByTime(0);
    jobs[0]!.on.rows(0, 1, new Uint8Array([5, 5, 5, 5]));
    map.stop();
    expect(jobs[0]!.cancelled).toBe(true);
    expect(map.phase).toBe('cancelled');
    expect(map.rowsDone).toBe(1);
    map.start(JOB);
    vi.advanceTimersByTime(0);
    jobs[1]!.on.error('unknown surface x');
    expect(map.phase).toBe('error');
    expect(map.errorText).toBe('unknown surface x');
  });

  it('collects the border pass as it comes, and forgets it when the next job starts', () => {
    const { jobs, runner } = fakeRunner();
    const map = new BasinMapJob(runner, 0);
    map.start({ ...JOB, borders: true });
    vi.advanceTimersByTime(0);
    expect(jobs[0]!.job.borders).toBe(true);
    jobs[0]!.on.rows(0, 3, new Uint8Array(12));
    expect(map.borderFactor).toBe(0);
    jobs[0]!.on.border(2, Uint32Array.of(1, 2), new Uint8Array(8).fill(1));
    jobs[0]!.on.border(2, Uint32Array.of(5), new Uint8Array(4).fill(2));
    expect(map.borderFactor).toBe(2);
    expect(map.borders.map((p) => [...p.cells])).toEqual([[1, 2], [5]]);
    jobs[0]!.on.done({ ms: 1, where: 'worker', threads: 1 });
    map.start(JOB);
    vi.advanceTimersByTime(0);
    expect(map.borderFactor).toBe(0);
    expect(map.borders).toHaveLength(0);
  });
});

describe('the basin map picture', () => {
  it('colours: minima by run colour, unsettled grey, diverged near-black (light) / near-white (dark), the same in the palette', () => {
    expect(basinColour(BASIN_DIVERGED, 4, false)).toBe('#3a3a3a');
    expect(basinColour(BASIN_DIVERGED, 4, true)).toBe('#d8d8d8');
    expect(basinColour(BASIN_UNSETTLED, 4, false)).toBe('#b8b8b8');
    expect(basinColour(4, 4, false)).toBe('#b8b8b8');
    expect(basinColour(0, 4, false)).not.toBe(basinColour(1, 4, false));
    const lut = basinPalette(4, false);
    const hex = (c: number) => '#' + [...lut.subarray(4 * c, 4 * c + 3)].map((v) => v.toString(16).padStart(2, '0')).join('');
    for (const c of [0, 1, 2, 3, BASIN_UNSETTLED, BASIN_DIVERGED]) expect(hex(c)).toBe(basinColour(c, 4, false));
    expect(lut[4 * 7 + 3]).toBe(255);
  });

  it('runs of equal cells cover every row exactly, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), fc.infiniteStream(fc.integer({ min: 0, max: 3 })), (nx, ny, s) => {
        const codes = Uint8Array.from(s.take(nx * ny));
        const runs = codeRuns({ nx, ny, codes });
        const back = new Uint8Array(nx * ny);
        for (const r of runs) back.fill(r.c, r.j * nx + r.i, r.j * nx + r.i + r.w);
        expect([...back]).toEqual([...codes]);
        for (let k = 1; k < runs.length; k++) if (runs[k]!.j === runs[k - 1]!.j) expect(runs[k]!.c).not.toBe(runs[k - 1]!.c);
      }),
    );
  });

  it('draws the map f times finer: each cell a block of its code, border cells their sub-starts', () => {
    const fine = fineCodes(new Uint8Array([0, 1]), 2, 1, 2, [{ cells: Uint32Array.of(1), codes: Uint8Array.of(0, 1, 1, 1) }]);
    expect([...fine]).toEqual([0, 0, 0, 1, 0, 0, 1, 1]);
    // Two parts, a 3 x 2 map, f = 3: every other cell stays a plain block.
    const codes = Uint8Array.of(1, 2, 3, 4, 5, 6);
    const parts = [
      { cells: Uint32Array.of(0), codes: Uint8Array.from({ length: 9 }, (_, k) => 10 + k) },
      { cells: Uint32Array.of(5), codes: new Uint8Array(9).fill(9) },
    ];
    const out = fineCodes(codes, 3, 2, 3, parts);
    const at = (x: number, y: number): number => out[y * 9 + x]!;
    expect([at(0, 0), at(2, 0), at(0, 2), at(2, 2)]).toEqual([10, 12, 16, 18]);
    expect([at(3, 0), at(8, 2), at(4, 4), at(8, 5), at(6, 3)]).toEqual([2, 3, 5, 9, 9]);
    expect(fineCodes(codes, 3, 2, 1, [])).toEqual(codes);
  });

  it('refines in place: rows that are in show the full map, the others the nearest coarse cell', () => {
    const coarse = { nx: 2, ny: 1, codes: new Uint8Array([7, 9]) };
    const full = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    const out = refinedCodes(full, new Uint8Array([0, 1]), 4, 2, coarse);
    expect([...out]).toEqual([7, 7, 9, 9, 5, 6, 7, 8]);
    expect([...codesToImageData(new Uint8Array([1, 0]), 2, 1, Uint8ClampedArray.from([0, 0, 0, 255, 10, 20, 30, 255]))]).toEqual([10, 20, 30, 255, 0, 0, 0, 255]);
    expect(() => codesToImageData(new Uint8Array(3), 2, 2, new Uint8ClampedArray(8))).toThrow(/3 codes for a 2 × 2 map/);
  });
});
