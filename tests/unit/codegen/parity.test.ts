/**
 * Parity: the generated PyTorch and NumPy scripts, run with real PyTorch and
 * NumPy (/usr/bin/python3, all in one process), trace the same paths as the
 * core, to 1e-9 in every printed number (step, lr, coordinates, loss, gradient
 * norm) for every state in ./states.ts. Writes the largest deviation per
 * optimizer and per schedule to src/data/parity.json, which the parity page
 * reads at build time.
 *
 * Deviation of a number: |script - core| / max(|core|, 1), i.e. relative for
 * values of magnitude above 1 and absolute below (a path ending at the
 * origin has no relative error to speak of).
 *
 * Chaotic states (the hiker with steps too long) amplify any difference in
 * the last bit (V8's cos and glibc's differ by an ulp) until the paths part:
 * no float64 program can follow them for long. For each run the test finds
 * how far the core itself stays within 1e-6 of its own run from a start moved
 * by 1e-12 (an amplification below 1e6, so rounding stays under 1e-9), and
 * compares that many points; the report lists runs cut short.
 *
 * Without torch the test is skipped locally, and fails in CI (CI=true, or
 * DOWNHILL_REQUIRE_TORCH=1 as .ci/run sets).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numpyScript, pytorchScript, simulate, torchOptimizer, torchScheduler, type SimulatedRun } from '~/core/codegen';
import { resolveParams } from '~/core/optimizers';
import { parseCsv, pythonVersions, runScripts, type ScriptResult } from './python';
import { FIGURE_STATES, MORE_FIGURE_STATES, PARITY_STATES as CORE_STATES } from './states';

/** The spread of core states, then the figures' own (through their code.ts mappings). */
const PARITY_STATES = [...CORE_STATES, ...FIGURE_STATES, ...MORE_FIGURE_STATES];

const TOL = 1e-9;
const REPORT = new URL('../../../src/data/parity.json', import.meta.url);
const versions = pythonVersions();
const ci = process.env['CI'] === 'true' || process.env['CI'] === '1' || process.env['DOWNHILL_REQUIRE_TORCH'] === '1';

if (!versions.ok && !ci) console.warn(`parity test skipped: ${versions.reason} (apt-get install python3-torch python3-numpy)`);

/** Largest deviation of one run's printed rows from the core's, or a reason they cannot be compared. */
function deviation(run: SimulatedRun, header: string[], rows: string[][], many: boolean, trusted: number): { dev: number } | { error: string } {
  const mine = many ? rows.filter((r) => r[0] === run.id).map((r) => r.slice(1)) : rows;
  const whole = trusted >= run.rows.length;
  if (whole ? mine.length !== run.rows.length : mine.length < trusted) return { error: `${run.id}: the script printed ${mine.length} points, the core has ${run.rows.length}` };
  const width = header.length - (many ? 1 : 0);
  let dev = 0;
  for (const [i, row] of run.rows.slice(0, trusted).entries()) {
    const got = (mine[i] ?? []).map(Number);
    const want = [row.step, row.lr, ...row.x, row.loss, row.gradNorm];
    if (got.length !== width || want.length !== width) return { error: `${run.id}: row ${i} has ${got.length} cells, expected ${width}` };
    if (got[0] !== row.step) return { error: `${run.id}: row ${i} is step ${got[0]}, expected ${row.step}` };
    for (let k = 1; k < width; k++) {
      const a = got[k]!;
      const b = want[k]!;
      const d = Math.abs(a - b) / Math.max(Math.abs(b), 1);
      if (!(d <= dev || Number.isNaN(d) === false)) return { error: `${run.id}: row ${i}, ${header[k + (many ? 1 : 0)]}: ${a} vs ${b}` };
      if (Number.isNaN(d)) return { error: `${run.id}: row ${i}, ${header[k + (many ? 1 : 0)]}: ${a} vs ${b}` };
      dev = Math.max(dev, d);
    }
  }
  return { dev };
}

/** Largest deviation between two rows of the core. */
const rowDev = (a: SimulatedRun['rows'][number], b: SimulatedRun['rows'][number] | undefined): number => {
  if (!b) return Infinity;
  const x = [a.lr, ...a.x, a.loss, a.gradNorm];
  const y = [b.lr, ...b.x, b.loss, b.gradNorm];
  return Math.max(...x.map((v, k) => Math.abs(v - y[k]!) / Math.max(Math.abs(v), 1)));
};

/** Per run, how many points the core follows within 1e-6 of itself from a start moved by 1e-12. */
function trustedPoints(spec: (typeof PARITY_STATES)[number]['spec'], runs: readonly SimulatedRun[]): number[] {
  const moved = simulate({ ...spec, start: spec.start.map((v) => v * (1 + 1e-12) + 1e-12) });
  return runs.map((r, i) => {
    const k = r.rows.findIndex((row, t) => rowDev(row, moved[i]?.rows[t]) > 1e-6);
    return k < 0 ? r.rows.length : k;
  });
}

type Entry = { runs: number; torch: number; numpy: number; call: string };

describe.skipIf(!versions.ok && !ci)('generated scripts match the core under real PyTorch and NumPy', () => {
  it('finds /usr/bin/python3 with torch and numpy', () => {
    expect(versions.ok, versions.ok ? '' : versions.reason).toBe(true);
  });
  if (!versions.ok) return;

  const scripts = new Map<string, string>();
  for (const [i, s] of PARITY_STATES.entries()) {
    scripts.set(`${i}:torch`, pytorchScript(s.spec));
    scripts.set(`${i}:numpy`, numpyScript(s.spec));
  }
  let results: Map<string, ScriptResult> | undefined;
  const resultsOf = (): Map<string, ScriptResult> => (results ??= runScripts(scripts));
  const sims = PARITY_STATES.map((s) => simulate(s.spec));
  const trusted = PARITY_STATES.map((s, i) => trustedPoints(s.spec, sims[i]!));
  const chaotic: { state: string; run: string; compared: number; points: number }[] = [];

  const optimizers = new Map<string, Entry>();
  const schedules = new Map<string, Entry>();
  let compared = 0;
  const expected = PARITY_STATES.reduce((n, s) => n + 2 * s.spec.runs.length, 0);
  const note = (table: Map<string, Entry>, key: string, call: string, lib: 'torch' | 'numpy', dev: number): void => {
    const e = table.get(key) ?? { runs: 0, torch: 0, numpy: 0, call };
    if (lib === 'torch') e.runs++;
    e[lib] = Math.max(e[lib], dev);
    table.set(key, e);
  };

  for (const [i, state] of PARITY_STATES.entries()) {
    for (const lib of ['torch', 'numpy'] as const) {
      it(`${state.figure}, ${state.name}: ${lib} script`, { timeout: 120_000 }, () => {
        const res = resultsOf().get(`${i}:${lib}`);
        const where = `${state.figure} / ${state.name} (${lib})`;
        if (!res?.ok) throw new Error(`${where}: the script failed to run:\n${res?.error ?? 'no output'}`);
        const { header, rows } = parseCsv(res.stdout);
        const many = state.spec.runs.length > 1;
        for (const [k, run] of sims[i]!.entries()) {
          const k0 = trusted[i]![k]!;
          const d = deviation(run, header, rows, many, k0);
          if (lib === 'torch' && k0 < run.rows.length) chaotic.push({ state: `${state.figure}, ${state.name}`, run: run.id, compared: k0, points: run.rows.length });
          if ('error' in d) throw new Error(`${where}: ${d.error}`);
          expect(d.dev, `${where}, run ${run.id}: largest deviation`).toBeLessThanOrEqual(TOL);
          const r = state.spec.runs[k]!;
          const params = resolveParams(r.optimizer.id, r.optimizer.params ?? {});
          const call = torchOptimizer({ optimizer: r.optimizer.id, params }).split('(')[0] ?? '';
          if (r.coordinate) note(optimizers, 'coordinate-descent', 'coordinate_descent', lib, d.dev);
          else note(optimizers, r.optimizer.id, call, lib, d.dev);
          compared++;
          const sched = r.schedule ?? { kind: 'constant' as const };
          note(schedules, sched.kind, (torchScheduler(sched, 'opt') ?? 'none').split('(')[0] ?? '', lib, d.dev);
        }
      });
    }
  }

  it('writes the largest deviations to src/data/parity.json', () => {
    // Only a complete, passing comparison is written: the page never shows numbers from a failed run.
    expect(compared, 'every run of every script compared and within tolerance').toBe(expected);
    const obj = (m: Map<string, Entry>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));
    const all = [...optimizers.values()];
    const report = {
      about: 'Written by tests/unit/codegen/parity.test.ts: the largest deviation, over every printed number of every run, of the generated scripts from the core, |script - core| / max(|core|, 1).',
      tolerance: TOL,
      torch: versions.torch,
      numpy: versions.numpy,
      python: versions.python,
      states: PARITY_STATES.length,
      scripts: scripts.size,
      runs: all.reduce((s, e) => s + e.runs, 0),
      points: sims.flat().reduce((s, r) => s + r.rows.length, 0),
      largest: { torch: Math.max(...all.map((e) => e.torch)), numpy: Math.max(...all.map((e) => e.numpy)) },
      optimizers: obj(optimizers),
      schedules: obj(schedules),
      chaotic,
    };
    const text = JSON.stringify(report, null, 2) + '\n';
    let old = '';
    try {
      old = readFileSync(REPORT, 'utf8');
    } catch {
      // first run
    }
    if (old !== text) writeFileSync(REPORT, text);
  });
});
