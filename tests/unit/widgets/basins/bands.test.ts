import { describe, expect, it } from 'vitest';
import { basinMap } from '~/core/many-starts';
import { findObjective, himmelblau } from '~/core/objectives';
import { basinsSchema } from '~/widgets/basins/schema';
import { BASIN_SURFACES } from '~/widgets/basins/surfaces';
import { MAX_WORKERS, addRows, newAssembly, rowBands, workerCount } from '~/widgets/basins/bands';
import { computeBands } from '~/widgets/basins/compute';
import { rowsPerChunk, type BasinReply } from '~/widgets/basins/protocol';

describe('workerCount', () => {
  it('uses the cores, at most MAX_WORKERS, at least 1', () => {
    expect(workerCount(2, 256)).toBe(2);
    expect(workerCount(16, 256)).toBe(MAX_WORKERS);
    expect(MAX_WORKERS).toBe(4);
    expect(workerCount(1, 256)).toBe(1);
    expect(workerCount(0, 256)).toBe(1);
    expect(workerCount(undefined, 256)).toBe(1);
    expect(workerCount(NaN, 256)).toBe(1);
  });
  it('starts no more workers than there are chunks of rows', () => {
    expect(workerCount(8, 2)).toBe(2);
    expect(workerCount(8, 1)).toBe(1);
  });
});

describe('rowBands', () => {
  it('deals the chunks of rows to the workers in turn', () => {
    const bands = rowBands(256, 2);
    expect(rowsPerChunk(256)).toBe(8);
    expect(bands[0]!.slice(0, 3)).toEqual([[0, 8], [16, 24], [32, 40]]);
    expect(bands[1]!.slice(0, 3)).toEqual([[8, 16], [24, 32], [40, 48]]);
    expect(bands[0]!.length).toBe(16);
    expect(bands[1]!.length).toBe(16);
  });
  it.each([
    [256, 1],
    [256, 2],
    [256, 3],
    [256, 4],
    [200, 3],
    [17, 4],
    [2, 4],
    [1, 1],
    [0, 2],
  ])('covers each of %i rows exactly once with %i workers', (ny, workers) => {
    const bands = rowBands(ny, workers);
    expect(bands).toHaveLength(workers);
    const hits = new Uint8Array(ny);
    for (const share of bands) {
      let last = -1;
      for (const [r0, r1] of share) {
        expect(r0).toBeGreaterThan(last); // each worker goes down the map
        expect(r1).toBeGreaterThan(r0);
        for (let j = r0; j < r1; j++) hits[j]! += 1;
        last = r0;
      }
    }
    expect(Array.from(hits).every((h) => h === 1)).toBe(true);
    const sizes = bands.map((s) => s.reduce((n, [a, b]) => n + b - a, 0));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(rowsPerChunk(ny));
  });
  it('rejects nonsense', () => {
    expect(() => rowBands(10, 0)).toThrow(/worker count/);
    expect(() => rowBands(-1, 2)).toThrow(/row count/);
  });
});

describe('map assembly', () => {
  it('takes rows in any order, counts each row once, and keeps the codes', () => {
    const a = newAssembly(3, 4);
    expect(addRows(a, 2, 4, Uint8Array.of(1, 1, 1, 2, 2, 2))).toBe(2);
    expect(a.rows).toBe(2);
    expect(Array.from(a.rowDone)).toEqual([0, 0, 1, 1]);
    expect(addRows(a, 0, 1, Uint8Array.of(3, 3, 3))).toBe(1);
    expect(addRows(a, 2, 3, Uint8Array.of(4, 4, 4))).toBe(0); // again: overwritten, not counted
    expect(a.rows).toBe(3);
    expect(Array.from(a.codes)).toEqual([3, 3, 3, 0, 0, 0, 4, 4, 4, 2, 2, 2]);
    expect(() => addRows(a, 3, 5, new Uint8Array(6))).toThrow(/invalid rows/);
    expect(() => addRows(a, 0, 1, new Uint8Array(2))).toThrow(/2 cells/);
  });

  it('rebuilds the single-thread map from 3 workers’ replies, delivered out of order', () => {
    const job = { objectiveId: 'himmelblau', optimizer: { id: 'adam' as const, params: { lr: 0.1 } }, nx: 24, ny: 40, steps: 60 };
    const replies: BasinReply[][] = rowBands(job.ny, 3).map((bands) => {
      const got: BasinReply[] = [];
      computeBands({ ...job, bands }, (msg) => got.push(msg));
      return got;
    });
    for (const got of replies) expect(got.at(-1)!.type).toBe('done');
    const a = newAssembly(job.nx, job.ny);
    // Interleave the workers' messages, last worker first.
    const queue = replies.reverse();
    while (queue.some((q) => q.length)) {
      for (const q of queue) {
        const msg = q.shift();
        if (msg?.type === 'rows') addRows(a, msg.row0, msg.row1, msg.codes);
      }
    }
    expect(a.rows).toBe(job.ny);
    const want = basinMap({ objective: himmelblau, optimizer: job.optimizer, domain: himmelblau.domain, nx: job.nx, ny: job.ny, steps: job.steps });
    expect(Array.from(a.codes)).toEqual(Array.from(want));
  });

  it('reports an unknown surface instead of throwing', () => {
    const got: BasinReply[] = [];
    computeBands({ objectiveId: 'nowhere', optimizer: { id: 'gd', params: { lr: 0.1 } }, nx: 4, ny: 4, steps: 5, bands: [[0, 4]] }, (m) => got.push(m));
    expect(got).toEqual([{ type: 'error', message: 'unknown surface nowhere' }]);
  });
});

describe('the basins surfaces', () => {
  it('are exactly the figure’s surface choices, each the registry’s surface of that id', () => {
    const choices = basinsSchema.surface.choices.map((c) => c.value);
    expect([...BASIN_SURFACES.keys()].sort()).toEqual([...choices].sort());
    for (const [id, o] of BASIN_SURFACES) expect(o).toBe(findObjective(id));
  });
});
