import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_IDS, makeOptimizer, run } from '~/core';
import {
  BASIN_DIVERGED,
  BASIN_UNSETTLED,
  basinMap,
  basinPoints,
  basinRows,
  basinShares,
  classifyEnd,
  defaultRadius,
  descendInPlace,
  randomStarts,
  restartOutcomes,
  restartsNeeded,
  successByRestarts,
  successProbability,
} from '~/core/many-starts';
import { borderCells, borderFactor, cellStarts } from '~/core/basin-borders';
import { himmelblau, twoWell } from '~/core/objectives';

const gd = (lr: number) => ({ id: 'gd' as const, params: { lr } });

describe('classifyEnd', () => {
  it('names the nearest minimum within the radius', () => {
    expect(classifyEnd(twoWell.minima, -1.03, 0.01, 0.2)).toBe(0);
    expect(classifyEnd(twoWell.minima, 0.95, 0, 0.2)).toBe(1);
  });
  it('reports unsettled far from every minimum, diverged for non-finite points', () => {
    expect(classifyEnd(twoWell.minima, 0.075, 0, 0.2)).toBe(BASIN_UNSETTLED);
    expect(classifyEnd(twoWell.minima, NaN, 0, 0.2)).toBe(BASIN_DIVERGED);
  });
});

describe('descendInPlace', () => {
  it('matches a hand-written gradient-descent loop', () => {
    const x = Float64Array.of(1.6, 0.5);
    const ok = descendInPlace(twoWell, makeOptimizer('gd', { lr: 0.05 }), x, new Float64Array(2), 40, 1e3);
    const y = Float64Array.of(1.6, 0.5);
    const g = new Float64Array(2);
    for (let t = 0; t < 40; t++) {
      twoWell.grad(y, g);
      if (Math.hypot(g[0]!, g[1]!) ** 2 < 1e-20) break;
      y[0] = y[0]! - 0.05 * g[0]!;
      y[1] = y[1]! - 0.05 * g[1]!;
    }
    expect(ok).toBe(true);
    expect(x[0]).toBeCloseTo(y[0]!, 12);
    expect(x[1]).toBeCloseTo(y[1]!, 12);
  });
  it('returns false when the run leaves the bound', () => {
    expect(descendInPlace(twoWell, makeOptimizer('gd', { lr: 2 }), Float64Array.of(1.6, 0), new Float64Array(2), 50, 1e3)).toBe(false);
  });
  it('stays put at a critical point (zero gradient)', () => {
    const x = Float64Array.of(...(twoWell.saddles![0]!.point as [number, number]));
    descendInPlace(twoWell, makeOptimizer('gd', { lr: 0.05 }), x, new Float64Array(2), 50, 1e3);
    expect(classifyEnd(twoWell.minima, x[0]!, x[1]!, 0.2)).toBe(BASIN_UNSETTLED);
  });
});

describe('basin maps', () => {
  it('split the two-well surface at the ridge through the saddle for small steps', () => {
    const spec = { objective: twoWell, optimizer: gd(0.05), domain: twoWell.domain, nx: 40, ny: 30, steps: 300 };
    const codes = basinMap(spec);
    for (let j = 0; j < 30; j++) {
      for (let i = 0; i < 40; i++) {
        const x = -2 + ((i + 0.5) / 40) * 4;
        const want = x < 0.0754 ? 0 : 1;
        expect(codes[j * 40 + i]).toBe(want);
      }
    }
    const shares = basinShares(codes, 2);
    expect(shares[0]! + shares[1]!).toBeCloseTo(1, 12);
  });

  it('fill rows independently: chunks give the same map as one pass', () => {
    const spec = { objective: himmelblau, optimizer: { id: 'momentum-ema' as const, params: { lr: 0.01, beta: 0.9 } }, domain: himmelblau.domain, nx: 24, ny: 24, steps: 150 };
    const whole = basinMap(spec);
    const parts = new Uint8Array(24 * 24);
    for (let r = 0; r < 24; r += 5) basinRows(spec, r, r + 5, parts);
    expect(Array.from(parts)).toEqual(Array.from(whole));
  });

  it('give Himmelblau four basins of roughly a quarter each under gradient descent', () => {
    const codes = basinMap({ objective: himmelblau, optimizer: gd(0.01), domain: himmelblau.domain, nx: 64, ny: 64, steps: 200 });
    const shares = basinShares(codes, 4);
    for (let k = 0; k < 4; k++) {
      expect(shares[k]).toBeGreaterThan(0.2);
      expect(shares[k]).toBeLessThan(0.3);
    }
    expect(shares[4]! + shares[5]!).toBe(0);
  });

  it('mark diverging starts', () => {
    const codes = basinMap({ objective: himmelblau, optimizer: gd(0.1), domain: himmelblau.domain, nx: 8, ny: 8, steps: 100 });
    expect(codes.includes(BASIN_DIVERGED)).toBe(true);
  });

  it('refuse surfaces that are not 2-D and undersized output', () => {
    const spec = { objective: twoWell, optimizer: gd(0.05), domain: twoWell.domain, nx: 4, ny: 4, steps: 10 };
    expect(() => basinRows(spec, 0, 4, new Uint8Array(3))).toThrow(/out has 3 cells/);
    expect(() => basinRows({ ...spec, objective: { ...twoWell, dim: 1 } }, 0, 4, new Uint8Array(16))).toThrow(/dim 1/);
  });

  it('classify any list of starts as the map classifies its cells (basinPoints)', () => {
    for (const optimizer of [gd(0.01), { id: 'adam' as const, params: { lr: 0.05 } }]) {
      const spec = { objective: himmelblau, optimizer, domain: himmelblau.domain, nx: 12, ny: 10, steps: 150 };
      const map = basinMap(spec);
      // The cells' centres, in reverse order: the order of the list does not matter.
      const xy = new Float64Array(2 * 120);
      for (let c = 0; c < 120; c++) {
        const i = c % 12;
        const j = (c - i) / 12;
        xy[2 * (119 - c)] = -5 + ((i + 0.5) / 12) * 10;
        xy[2 * (119 - c) + 1] = 5 - ((j + 0.5) / 10) * 10;
      }
      const out = new Uint8Array(120);
      basinPoints(spec, xy, out);
      expect(Array.from(out).reverse()).toEqual(Array.from(map));
    }
  });

  it('find the border cells: those with a neighbour (of 8) of another code', () => {
    expect(Array.from(borderCells(new Uint8Array([0, 0, 1, 0, 0, 1]), 3, 2))).toEqual([1, 2, 4, 5]);
    // Diagonal neighbours count: the corner where four cells meet.
    expect(Array.from(borderCells(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 1]), 3, 3))).toEqual([4, 5, 7, 8]);
    expect(borderCells(new Uint8Array(16).fill(3), 4, 4)).toHaveLength(0);
  });

  it('property: a cell is a border cell exactly when some neighbour differs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.infiniteStream(fc.integer({ min: 0, max: 2 })), (nx, ny, stream) => {
        const codes = Uint8Array.from(stream.take(nx * ny));
        const border = new Set(borderCells(codes, nx, ny));
        for (let j = 0; j < ny; j++) {
          for (let i = 0; i < nx; i++) {
            let differs = false;
            for (let dj = -1; dj <= 1; dj++) for (let di = -1; di <= 1; di++) {
              const ii = i + di;
              const jj = j + dj;
              if (ii >= 0 && ii < nx && jj >= 0 && jj < ny && codes[jj * nx + ii] !== codes[j * nx + i]) differs = true;
            }
            expect(border.has(j * nx + i)).toBe(differs);
          }
        }
      }),
    );
  });

  it('refine borders as finely as twice the map\'s work and a 512-px picture allow', () => {
    expect(borderFactor(100, 128, 128)).toBe(4); // 1,600 sub-starts: 8 would make the picture 1,024 px
    expect(borderFactor(30, 32, 32)).toBe(8);
    expect(borderFactor(100, 32, 32)).toBe(4); // 8 x 8 would be 6,400 sub-starts for a 1,024-cell map
    expect(borderFactor(2090, 256, 256)).toBe(2);
    expect(borderFactor(1200, 64, 64)).toBe(2); // 4 x 4 would be 19,200 sub-starts for a 4,096-cell map
    expect(borderFactor(5000, 64, 64)).toBe(0);
  });

  it('start the sub-cells of border cells where a finer map starts its cells: a border pass draws what that map would', () => {
    const spec = { objective: himmelblau, optimizer: gd(0.01), domain: himmelblau.domain, nx: 20, ny: 20, steps: 200 };
    const f = 4;
    const coarse = basinMap(spec);
    const fine = basinMap({ ...spec, nx: 20 * f, ny: 20 * f });
    const cells = borderCells(coarse, 20, 20);
    expect(cells.length).toBeGreaterThan(40);
    const xy = cellStarts(spec.domain, 20, 20, cells, f);
    const codes = new Uint8Array(xy.length / 2);
    basinPoints(spec, xy, codes);
    let k = 0;
    for (const cell of cells) {
      const i = cell % 20;
      const j = (cell - i) / 20;
      for (let b = 0; b < f; b++) for (let a = 0; a < f; a++) expect(codes[k++]).toBe(fine[(j * f + b) * 20 * f + i * f + a]);
    }
  });

  it('use 5% of the larger side as the default capture radius', () => {
    expect(defaultRadius(twoWell.domain)).toBeCloseTo(0.2, 12);
  });
});

describe('random restarts', () => {
  it('draw the same starts for the same seed, inside the domain', () => {
    const a = randomStarts(twoWell.domain, 50, 3);
    expect(Array.from(a)).toEqual(Array.from(randomStarts(twoWell.domain, 50, 3)));
    expect(Array.from(a)).not.toEqual(Array.from(randomStarts(twoWell.domain, 50, 4)));
    for (let k = 0; k < 50; k++) {
      expect(a[2 * k]).toBeGreaterThanOrEqual(-2);
      expect(a[2 * k]).toBeLessThan(2);
      expect(a[2 * k + 1]).toBeGreaterThanOrEqual(-1.5);
      expect(a[2 * k + 1]).toBeLessThan(1.5);
    }
  });

  it('estimate p as the share of starts that end at a global minimum', () => {
    const starts = randomStarts(twoWell.domain, 200, 11);
    const r = restartOutcomes(twoWell, gd(0.05), starts, 300);
    let left = 0;
    for (let k = 0; k < 200; k++) if (starts[2 * k]! < 0.0754) left++;
    expect(r.p).toBeCloseTo(left / 200, 12);
    for (let k = 0; k < 200; k++) expect(r.found[k]).toBe(starts[2 * k]! < 0.0754 ? 1 : 0);
  });

  it('measure success by groups of N', () => {
    expect(Array.from(successByRestarts(Uint8Array.of(0, 1, 0, 0), 2))).toEqual([0, 0.25, 0.5]);
    expect(Number.isNaN(successByRestarts(Uint8Array.of(1), 2)[2])).toBe(true);
  });

  it('follow 1 - (1 - p)^N and invert it', () => {
    expect(successProbability(0.3, 9)).toBeCloseTo(0.959646, 6);
    expect(restartsNeeded(0.3, 0.95)).toBe(9);
    expect(successProbability(0.3, 8)).toBeLessThan(0.95);
    expect(restartsNeeded(0.5, 0.75)).toBe(2);
    expect(restartsNeeded(1, 0.99)).toBe(1);
    expect(restartsNeeded(0, 0.5)).toBe(Infinity);
    expect(() => restartsNeeded(0.5, 1)).toThrow();
  });
});

describe('descendInPlace is run() without the records (property)', () => {
  it('ends where run() with a gradient-norm stop of 1e-10 ends, bit for bit, and diverges when it does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPTIMIZER_IDS),
        fc.double({ min: -3, max: 0, noNaN: true }),
        fc.constantFrom(himmelblau, twoWell),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 300 }),
        (id, logLr, objective, u, v, steps) => {
          const start = [objective.domain.x[0] + u * (objective.domain.x[1] - objective.domain.x[0]), objective.domain.y[0] + v * (objective.domain.y[1] - objective.domain.y[0])];
          const opt = makeOptimizer(id, { lr: 10 ** logLr });
          const x = Float64Array.from(start);
          const ok = descendInPlace(objective, opt, x, new Float64Array(2), steps, 1e3);
          const ref = run({ objective, optimizer: { id, params: { lr: 10 ** logLr } }, start, steps, stop: { gradNorm: 1e-10, bound: 1e3 } });
          expect(ok).toBe(ref.status.kind !== 'diverged');
          if (ok) {
            expect(Object.is(x[0], ref.positions[2 * ref.length])).toBe(true);
            expect(Object.is(x[1], ref.positions[2 * ref.length + 1])).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
