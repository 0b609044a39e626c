/**
 * Many starts of one optimizer, each reduced to where it ended: basins of
 * attraction and random restarts. Pure and allocation-free in the inner loop.
 * These runs keep no trajectory, so they do not go through the runner
 * (runner.ts) and its records: `descendInPlace` is its loop without them,
 * stepping the same optimizer objects (src/core/optimizers), with the same
 * divergence test and one extra stopping rule (settled at a minimum); the
 * property tests check it ends where `run` ends.
 *
 * A 256 x 256 map of 300-step Adam runs on Himmelblau's surface (15 million
 * steps at lr 0.01) takes about 0.36 s on one thread of the benchmark machine,
 * 0.47 s on the generic path (bench/heavy.ts times both); the figure shares it
 * between workers. Adam and AdamW without AMSGrad go through
 * `descendAdam2Many`, a 2-D copy of the shared kernel that advances several
 * runs side by side with the per-step constants tabulated once per map,
 * checked to end every run at the same point to the last bit
 * (tests/unit/core/many-starts-adam2.test.ts); every other optimizer goes
 * through `descendInPlace` and `src/core/optimizers`.
 *
 * A basin map runs one optimizer from the centre of every cell of a grid over a
 * domain and records, per cell, which listed minimum the run ended near
 * (Nocedal & Wright, Numerical Optimization, ch. 2, on local vs global minima;
 * the picture is the classic "basins of attraction" of a gradient flow).
 *
 *   const codes = basinMap({ objective: twoWell, optimizer: { id: 'gd', params: { lr: 0.05 } }, domain: twoWell.domain, nx: 64, ny: 48, steps: 200 });
 *   codes[0]; // 0 or 1: index into twoWell.minima; BASIN_UNSETTLED or BASIN_DIVERGED otherwise
 */
import { makeOptimizer, type Optimizer, type OptimizerId, type OptimizerParamsMap } from './optimizers';
import { makeRng } from './rng';
import type { CriticalPoint, Domain, Objective, Vec } from './types';

/** Code of a run that ended far from every listed minimum (still moving, or resting on a saddle). */
export const BASIN_UNSETTLED = 254;
/** Code of a run that left the bound or produced a non-finite value. */
export const BASIN_DIVERGED = 255;

/** What a basin computation needs from a surface. */
export type BasinObjective = Pick<Objective, 'dim' | 'f' | 'grad' | 'minima'>;

/** An optimizer as plain data (it crosses to a worker with postMessage). */
export interface BasinOptimizer {
  readonly id: OptimizerId;
  readonly params: Readonly<Record<string, number | boolean>>;
}

export interface BasinSpec {
  readonly objective: BasinObjective;
  readonly optimizer: BasinOptimizer;
  readonly domain: Domain;
  /** Cells across (x) and down (y). */
  readonly nx: number;
  readonly ny: number;
  /** Optimizer steps per start. */
  readonly steps: number;
  /** A run ends "at" a minimum when it is within this distance (default 5% of the domain's larger side). */
  readonly radius?: number;
  /** Diverged when some |x_i| exceeds this (default 1e3). */
  readonly bound?: number;
}

/** The default capture radius: 5% of the larger side of the domain. */
export function defaultRadius(domain: Domain): number {
  return 0.05 * Math.max(Math.abs(domain.x[1] - domain.x[0]), Math.abs(domain.y[1] - domain.y[0]));
}

/**
 * Index of the minimum nearest to (x, y) if it lies within `radius`, else
 * BASIN_UNSETTLED; BASIN_DIVERGED for a non-finite point.
 *
 *   classifyEnd(twoWell.minima, -1.03, 0.01, 0.2); // 0 (the global minimum)
 */
export function classifyEnd(minima: readonly CriticalPoint[], x: number, y: number, radius: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return BASIN_DIVERGED;
  let best = BASIN_UNSETTLED;
  let bestD = radius * radius;
  for (let k = 0; k < minima.length && k < BASIN_UNSETTLED; k++) {
    const p = minima[k]!.point;
    const dx = x - (p[0] ?? 0);
    const dy = y - (p[1] ?? 0);
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

/** How often (in steps) a run checks whether it has settled at a minimum. */
const SETTLE_EVERY = 10;

/**
 * Run `opt` (reset first) from the point already in `x` for at most `steps`
 * steps, in place, reusing `g`. Returns false when it diverged.
 *
 * Stops early when the run cannot go anywhere else: the gradient is negligible
 * (|g|^2 < 1e-20), or — when `minima` are given — every SETTLE_EVERY steps, if
 * it is within `radius` of a minimum and moved less than radius / 20 over
 * those steps. Momentum and Adam keep circling or jittering around a minimum
 * for a long time with a constant learning rate; a run that is that slow and
 * that close is captured, so this ends it without changing where it ends.
 */
export function descendInPlace(
  objective: Pick<Objective, 'grad'>,
  opt: Optimizer,
  x: Vec,
  g: Vec,
  steps: number,
  bound: number,
  minima?: readonly CriticalPoint[],
  radius = 0,
): boolean {
  opt.reset();
  const n = x.length;
  let px = x[0]!;
  let py = n > 1 ? x[1]! : 0;
  const still = (radius * 0.05) ** 2;
  for (let t = 0; t < steps; t++) {
    objective.grad(x, g);
    let g2 = 0;
    for (let i = 0; i < n; i++) g2 += g[i]! * g[i]!;
    if (!(g2 < Infinity)) return false;
    if (g2 < 1e-20) return true;
    opt.step(x, g);
    for (let i = 0; i < n; i++) {
      if (!(Math.abs(x[i]!) <= bound)) return false;
    }
    if (minima && (t + 1) % SETTLE_EVERY === 0) {
      const dx = x[0]! - px;
      const dy = n > 1 ? x[1]! - py : 0;
      if (dx * dx + dy * dy < still && classifyEnd(minima, x[0]!, n > 1 ? x[1]! : 0, radius) < BASIN_UNSETTLED) return true;
      px = x[0]!;
      py = n > 1 ? x[1]! : 0;
    }
  }
  return true;
}

/**
 * Adam or AdamW without AMSGrad, as `descendAdam2Many` runs it: the hyperparameters
 * in the form the shared kernel (src/core/optimizers/adam.ts) uses them, and
 * its per-step constants for steps 1..steps, which are the same for every start
 * of a map: -lr / (1 - beta1^t) and sqrt(1 - beta2^t), with beta^t built by the
 * same running product, so each value is bit for bit the kernel's.
 */
export interface Adam2Tables {
  readonly b1: number;
  readonly b2: number;
  readonly c1: number;
  readonly c2: number;
  readonly eps: number;
  /** Coupled (L2) weight decay: weightDecay for Adam, 0 for AdamW. */
  readonly wdL2: number;
  /** Decoupled decay factor: 1 - lr weightDecay for AdamW, 1 for Adam. */
  readonly shrink: number;
  /** negStep[t - 1] = -(lr / bc1_t). */
  readonly negStep: Float64Array;
  /** bc2Sqrt[t - 1] = sqrt(bc2_t). */
  readonly bc2Sqrt: Float64Array;
}

/**
 * The tables for `descendAdam2Many` when `opt` (freshly made or reset, at its
 * constructed lr) is Adam or AdamW without AMSGrad; null for any other
 * optimizer, which then takes the generic path.
 *
 *   adam2Tables(makeOptimizer('adam', { lr: 0.01 }), 300)!.negStep[0]; // -0.1 (bias-corrected first step)
 */
export function adam2Tables(opt: Optimizer, steps: number): Adam2Tables | null {
  if (opt.id !== 'adam' && opt.id !== 'adamw') return null;
  const p = opt.params as Readonly<OptimizerParamsMap['adam']>;
  if (p.amsgrad) return null;
  const [b1, b2] = p.betas;
  const lr = p.lr;
  const decoupled = opt.id === 'adamw';
  const n = Math.max(0, Math.floor(steps));
  const negStep = new Float64Array(n);
  const bc2Sqrt = new Float64Array(n);
  let pow1 = 1;
  let pow2 = 1;
  for (let t = 0; t < n; t++) {
    pow1 = pow1 * b1;
    pow2 = pow2 * b2;
    const bc1 = p.biasCorrection ? 1 - pow1 : 1;
    const bc2 = p.biasCorrection ? 1 - pow2 : 1;
    negStep[t] = -(lr / bc1);
    bc2Sqrt[t] = Math.sqrt(bc2);
  }
  return {
    b1,
    b2,
    c1: 1 - b1,
    c2: 1 - b2,
    eps: p.eps,
    wdL2: decoupled ? 0 : p.weightDecay,
    shrink: decoupled ? 1 - lr * p.weightDecay : 1,
    negStep,
    bc2Sqrt,
  };
}

/** Runs `descendAdam2Many` advances side by side (see there). */
const LANES = 4;

/**
 * `descendInPlace` for Adam / AdamW without AMSGrad on a 2-D surface, for many
 * starts at once: `xy` holds the starts as `x0, y0, x1, y1, ...` and receives
 * the end points; `ok[k]` becomes 0 where run k diverged, else 1.
 *
 * Each run performs the same operations in the same order as the shared kernel
 * (src/core/optimizers/adam.ts) with the per-step constants from `tables`, and
 * stops by the same rules, so every end point is bit for bit the generic path's
 * (tests/unit/core/many-starts-adam2.test.ts compares whole maps). What differs is
 * the schedule: one Adam step is a chain of dependent multiplies, square roots
 * and divisions that leaves the CPU waiting on each result, so LANES runs are
 * advanced in turn, one step each, and their chains overlap; a lane whose run
 * ends takes the next start. The moments live in lane arrays, not in an
 * optimizer object. Nothing is allocated per start or per step.
 *
 *   const xy = Float64Array.of(1, 1, -4, 4); const ok = new Uint8Array(2);
 *   descendAdam2Many(himmelblau, adam2Tables(makeOptimizer('adam', { lr: 0.1 }), 300)!, xy, ok, 300, 1e3, himmelblau.minima, 0.5);
 */
export function descendAdam2Many(
  objective: Pick<Objective, 'grad'>,
  tables: Adam2Tables,
  xy: Float64Array,
  ok: Uint8Array,
  steps: number,
  bound: number,
  minima?: readonly CriticalPoint[],
  radius = 0,
): void {
  const { b1, b2, c1, c2, eps, wdL2, shrink, negStep, bc2Sqrt } = tables;
  if (steps > negStep.length) throw new Error(`descendAdam2Many: ${steps} steps but tables for ${negStep.length}`);
  const m = Math.floor(xy.length / 2);
  if (ok.length < m) throw new Error(`descendAdam2Many: ok has ${ok.length} entries for ${m} starts`);
  if (!(steps >= 1)) {
    ok.fill(1, 0, m);
    return;
  }
  const still = (radius * 0.05) ** 2;
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  // Lane l's state at S[8 l ...]: position u, w; moments mu, mw, vu, vw;
  // position at the last settle check pu, pw. T: its step; K: its start (-1: idle).
  const S = new Float64Array(8 * LANES);
  const T = new Int32Array(LANES);
  const K = new Int32Array(LANES).fill(-1);
  let next = 0;
  let busy = 0;
  const load = (l: number): void => {
    if (next >= m) {
      K[l] = -1;
      return;
    }
    const k = next++;
    const o = 8 * l;
    K[l] = k;
    S[o] = S[o + 6] = xy[2 * k]!;
    S[o + 1] = S[o + 7] = xy[2 * k + 1]!;
    S[o + 2] = S[o + 3] = S[o + 4] = S[o + 5] = 0;
    T[l] = 0;
    busy++;
  };
  for (let l = 0; l < LANES; l++) load(l);
  while (busy > 0) {
    for (let l = 0; l < LANES; l++) {
      const k = K[l]!;
      if (k < 0) continue;
      const o = 8 * l;
      const t = T[l]!;
      let u = S[o]!;
      let w = S[o + 1]!;
      x[0] = u;
      x[1] = w;
      objective.grad(x, g);
      const gu0 = g[0]!;
      const gw0 = g[1]!;
      const g2 = gu0 * gu0 + gw0 * gw0;
      // 0: keep going; 1: ended; 2: diverged. One branch per test in the
      // common case: extra branches on these long-latency values cost time.
      let end = 0;
      if (!(g2 >= 1e-20 && g2 < Infinity)) end = g2 < 1e-20 ? 1 : 2;
      else {
        const ns = negStep[t]!;
        const bs = bc2Sqrt[t]!;
        const gu = gu0 + wdL2 * u;
        const gw = gw0 + wdL2 * w;
        const mu = S[o + 2]! * b1 + c1 * gu;
        const mw = S[o + 3]! * b1 + c1 * gw;
        const vu = S[o + 4]! * b2 + c2 * gu * gu;
        const vw = S[o + 5]! * b2 + c2 * gw * gw;
        u = u * shrink + (ns * mu) / (Math.sqrt(vu) / bs + eps);
        w = w * shrink + (ns * mw) / (Math.sqrt(vw) / bs + eps);
        S[o] = u;
        S[o + 1] = w;
        S[o + 2] = mu;
        S[o + 3] = mw;
        S[o + 4] = vu;
        S[o + 5] = vw;
        const t1 = t + 1;
        T[l] = t1;
        // Math.max is NaN when either is: NaN fails the test, as in descendInPlace.
        if (!(Math.max(Math.abs(u), Math.abs(w)) <= bound)) end = 2;
        else if (minima && t1 % SETTLE_EVERY === 0) {
          const du = u - S[o + 6]!;
          const dw = w - S[o + 7]!;
          if (du * du + dw * dw < still && classifyEnd(minima, u, w, radius) < BASIN_UNSETTLED) end = 1;
          S[o + 6] = u;
          S[o + 7] = w;
        }
        if (end === 0 && t1 >= steps) end = 1;
      }
      if (end !== 0) {
        xy[2 * k] = u;
        xy[2 * k + 1] = w;
        ok[k] = end === 1 ? 1 : 0;
        busy--;
        load(l);
      }
    }
  }
}

/** Which path a basin map takes: `generic: true` sends every optimizer through `descendInPlace` (for benchmarks and tests). */
export interface BasinPath {
  readonly generic?: boolean;
}

/**
 * Run every start in `xy` (x0, y0, x1, y1, ...) and write its code to `out[c]`:
 * the index of the minimum it ends at, BASIN_UNSETTLED or BASIN_DIVERGED.
 * `xy` is overwritten with the ends. The grid fields of `spec` are not used;
 * its domain sets the default radius. Nothing is allocated per start or step.
 */
export function basinPoints(spec: BasinSpec, xy: Float64Array, out: Uint8Array, options: BasinPath = {}): void {
  const { objective, domain, steps } = spec;
  if (objective.dim !== 2) throw new Error(`basinPoints: the surface has dim ${objective.dim}; basin maps need 2`);
  const n = xy.length >> 1;
  if (out.length < n) throw new Error(`basinPoints: out has ${out.length} cells, expected ${n}`);
  const radius = spec.radius ?? defaultRadius(domain);
  const bound = spec.bound ?? 1e3;
  const opt = makeOptimizer(spec.optimizer.id, spec.optimizer.params);
  const adam = options.generic ? null : adam2Tables(opt, steps);
  if (adam) {
    const ok = new Uint8Array(n);
    descendAdam2Many(objective, adam, xy, ok, steps, bound, objective.minima, radius);
    for (let c = 0; c < n; c++) out[c] = ok[c] ? classifyEnd(objective.minima, xy[2 * c]!, xy[2 * c + 1]!, radius) : BASIN_DIVERGED;
    return;
  }
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  for (let c = 0; c < n; c++) {
    x[0] = xy[2 * c]!;
    x[1] = xy[2 * c + 1]!;
    // A fresh state per start: descendInPlace resets the optimizer.
    const ok = descendInPlace(objective, opt, x, g, steps, bound, objective.minima, radius);
    out[c] = ok ? classifyEnd(objective.minima, x[0], x[1], radius) : BASIN_DIVERGED;
    xy[2 * c] = x[0];
    xy[2 * c + 1] = x[1];
  }
}

/**
 * Fill rows [row0, row1) of a basin map into `out` (length nx * ny, row-major,
 * row 0 at the TOP of the domain, i.e. largest y, as images are stored). Cell
 * (i, j) starts at its centre.
 */
export function basinRows(spec: BasinSpec, row0: number, row1: number, out: Uint8Array, options: BasinPath = {}): void {
  const { domain, nx, ny } = spec;
  if (!(Number.isInteger(nx) && nx > 0 && Number.isInteger(ny) && ny > 0)) throw new Error(`basinRows: invalid grid ${nx} x ${ny}`);
  if (out.length < nx * ny) throw new Error(`basinRows: out has ${out.length} cells, expected ${nx * ny}`);
  const [x0, x1] = domain.x;
  const [y0, y1] = domain.y;
  const lo = Math.max(0, row0);
  const hi = Math.min(ny, row1);
  if (hi <= lo) return;
  const xy = new Float64Array(2 * (hi - lo) * nx);
  for (let j = lo; j < hi; j++) {
    const cy = y1 - ((j + 0.5) / ny) * (y1 - y0);
    for (let i = 0; i < nx; i++) {
      const c = (j - lo) * nx + i;
      xy[2 * c] = x0 + ((i + 0.5) / nx) * (x1 - x0);
      xy[2 * c + 1] = cy;
    }
  }
  basinPoints(spec, xy, out.subarray(lo * nx, hi * nx), options);
}

/** The whole basin map at once (see `basinRows`). */
export function basinMap(spec: BasinSpec, options: BasinPath = {}): Uint8Array {
  const out = new Uint8Array(spec.nx * spec.ny);
  basinRows(spec, 0, spec.ny, out, options);
  return out;
}

/**
 * Share of the cells in each class: minima 0..k-1, then unsettled, then diverged
 * (k + 2 numbers summing to 1 over the first `filled` cells).
 *
 *   basinShares(codes, 2); // [0.52, 0.48, 0, 0]
 */
export function basinShares(codes: Uint8Array, k: number, filled = codes.length): Float64Array {
  const counts = new Float64Array(k + 2);
  const n = Math.min(filled, codes.length);
  for (let c = 0; c < n; c++) {
    const v = codes[c]!;
    if (v < k) counts[v]! += 1;
    else if (v === BASIN_DIVERGED) counts[k + 1]! += 1;
    else counts[k]! += 1;
  }
  if (n > 0) for (let i = 0; i < counts.length; i++) counts[i]! /= n;
  return counts;
}

/**
 * `n` starts drawn uniformly from the domain with a seeded generator, as
 * `x0, y0, x1, y1, ...` (the same seed always gives the same starts).
 *
 *   randomStarts(twoWell.domain, 3, 7); // Float64Array(6)
 */
export function randomStarts(domain: Domain, n: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  const out = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    out[2 * k] = domain.x[0] + rng.next() * (domain.x[1] - domain.x[0]);
    out[2 * k + 1] = domain.y[0] + rng.next() * (domain.y[1] - domain.y[0]);
  }
  return out;
}

/** Where each of many restarts ended. */
export interface RestartOutcomes {
  /** End points, `x, y` per start. */
  readonly ends: Float64Array;
  /** Loss at each end (Infinity when the run diverged). */
  readonly loss: Float64Array;
  /** 1 where the run ended at a global minimum. */
  readonly found: Uint8Array;
  /** Fraction of runs that found a global minimum: the estimate of p. */
  readonly p: number;
}

/**
 * Run the optimizer from each start (flat `x, y` pairs) and record whether it
 * reached a global minimum (within `radius` of a minimum whose kind is
 * 'global-min').
 *
 *   restartOutcomes(twoWell, { id: 'gd', params: { lr: 0.05 } }, randomStarts(twoWell.domain, 200, 1), 200).p; // about 0.5
 */
export function restartOutcomes(
  objective: BasinObjective & Pick<Objective, 'domain'>,
  optimizer: BasinOptimizer,
  starts: Float64Array,
  steps: number,
  radius = defaultRadius(objective.domain),
  bound = 1e3,
): RestartOutcomes {
  const m = Math.floor(starts.length / 2);
  const ends = new Float64Array(2 * m);
  const loss = new Float64Array(m);
  const found = new Uint8Array(m);
  const opt = makeOptimizer(optimizer.id, optimizer.params);
  const x = new Float64Array(2);
  const g = new Float64Array(2);
  let hits = 0;
  for (let k = 0; k < m; k++) {
    x[0] = starts[2 * k]!;
    x[1] = starts[2 * k + 1]!;
    const ok = descendInPlace(objective, opt, x, g, steps, bound, objective.minima, radius);
    ends[2 * k] = x[0];
    ends[2 * k + 1] = x[1];
    loss[k] = ok ? objective.f(x) : Infinity;
    const c = ok ? classifyEnd(objective.minima, x[0], x[1], radius) : BASIN_DIVERGED;
    const hit = c < objective.minima.length && objective.minima[c]!.kind === 'global-min';
    found[k] = hit ? 1 : 0;
    if (hit) hits++;
  }
  return { ends, loss, found, p: m > 0 ? hits / m : 0 };
}

/**
 * The empirical chance that N restarts find a global minimum, for N = 0..maxN:
 * the outcomes are cut into consecutive groups of N (as if the experiment "run
 * N restarts, keep the best" were repeated floor(m / N) times) and the value is
 * the fraction of groups with at least one success. Entry 0 is 0.
 *
 *   successByRestarts(Uint8Array.of(0, 1, 0, 0), 2); // [0, 0.25, 0.5]
 */
export function successByRestarts(found: Uint8Array, maxN: number): Float64Array {
  const out = new Float64Array(maxN + 1);
  for (let n = 1; n <= maxN; n++) {
    const groups = Math.floor(found.length / n);
    if (groups === 0) {
      out[n] = NaN;
      continue;
    }
    let ok = 0;
    for (let gi = 0; gi < groups; gi++) {
      let any = 0;
      for (let k = gi * n; k < gi * n + n; k++) any |= found[k]!;
      ok += any;
    }
    out[n] = ok / groups;
  }
  return out;
}

/**
 * Probability that at least one of N independent restarts succeeds when each
 * succeeds with probability p: 1 - (1 - p)^N.
 *
 *   successProbability(0.3, 9); // 0.9596
 */
export function successProbability(p: number, n: number): number {
  return 1 - Math.pow(1 - p, n);
}

/**
 * The fewest restarts N with 1 - (1 - p)^N >= target, i.e.
 * N = ceil(ln(1 - target) / ln(1 - p)); Infinity when p = 0, 1 when p = 1.
 *
 *   restartsNeeded(0.3, 0.95); // 9
 */
export function restartsNeeded(p: number, target: number): number {
  if (!(p >= 0 && p <= 1) || !(target >= 0 && target < 1)) throw new Error(`restartsNeeded: invalid p = ${p} or target = ${target}`);
  if (p === 1 || target === 0) return target === 0 ? 0 : 1;
  if (p === 0) return Infinity;
  // Guard against ln ratios like 8.999999 that should be 9.
  const exact = Math.log(1 - target) / Math.log(1 - p);
  return Math.ceil(exact - 1e-9);
}
