// `npm run bench`: every performance figure of the book in one run, printed as
// a table and written to bench/results.json (docs/performance.md explains them).
//
//   npm run bench                       all of it (about 15 minutes on 2 cores; Lighthouse is most of it)
//   npm run bench -- --no-lighthouse    1-5 only (keeps the last Lighthouse figures in results.json)
//   npm run bench -- --skip-build       reuse the build in dist-perf/ (no build time then)
//   npm run bench -- --only bytes,heavy,core,interaction,build,lighthouse
//
// 1. bytes        gzipped JS and CSS per built page along its module graph (scripts/bench-bytes.mjs)
// 2. interaction  input -> next frame in the heaviest widgets (the frame's work, and the whole latency), headless Chromium (scripts/bench-interaction.mjs)
// 3. heavy        256x256 Adam basin map; 200x200 Rosenbrock grid and contours (bench/heavy.ts)
// 4. core         optimizer steps/s: library vs hand loop vs TensorFlow.js CPU (bench/core.ts)
// 5. build        build time, build folder size, offline export time and size (scripts/bench-build.mjs)
// 6. lighthouse   every chapter, mobile and desktop, medians of 3 runs (scripts/bench-lighthouse.mjs)
//
// Builds go to dist-perf/ (OUT_DIR) and previews use ports 4520-4523, so a run
// does not disturb dist/ or a dev server. Timings are medians or best-of-rounds
// and come with the load average at the time: never use them as pass/fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { analyzeBytes, kb } from './bench-bytes.mjs';
import { benchBuild } from './bench-build.mjs';
import { benchInteraction } from './bench-interaction.mjs';
import { benchLighthouse } from './bench-lighthouse.mjs';

const RESULTS = path.resolve('bench/results.json');
const BUDGET = path.resolve('bench/budget.json');
const DIST = process.env.BENCH_DIST ?? 'dist-perf';

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const want = (part) => (only ? only.has(part) : part !== 'lighthouse' || !args.includes('--no-lighthouse'));
const skipBuild = args.includes('--skip-build');

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const load = () => Number(loadavg()[0].toFixed(2));
const log = (s) => console.error(`bench: ${s} (load ${load()})`);

const results = {
  date: new Date().toISOString(),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version, loadAtStart: loadavg().map((x) => Number(x.toFixed(2))) },
  load: {},
};

/** Run an npm script that prints one JSON line last; parse it. */
function npmJson(script) {
  const r = spawnSync('npm', ['run', '--silent', script, '--', '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`npm run ${script} failed:\n${r.stderr.slice(-2000)}`);
  const line = r.stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`npm run ${script}: no JSON in output`);
  return JSON.parse(line);
}

// 5a. Build first (everything else measures it).
if (want('build') && !skipBuild) {
  log('building into ' + DIST);
  results.load.build = load();
  results.build = benchBuild({ dist: DIST });
} else if (!existsSync(path.join(DIST, 'index.html'))) {
  log('building into ' + DIST + ' (no build to reuse)');
  execFileSync('npm', ['run', 'build'], { env: { ...process.env, OUT_DIR: DIST }, stdio: 'ignore' });
}

// 1. Bytes.
if (want('bytes')) {
  log('bytes per page');
  const { pages, modules } = analyzeBytes(DIST);
  const budget = JSON.parse(readFileSync(BUDGET, 'utf8'));
  results.bytes = {
    gzipLevel: 9,
    goals: budget.goals,
    pages: pages.map((p) => ({
      route: p.route,
      kind: p.kind,
      islands: p.islands,
      js: p.js,
      css: p.css,
      html: p.html,
      inlineJs: p.inlineJs,
      goal: budget.goals[p.kind] ?? null,
      limit: budget.ceilings?.[p.route] ?? budget.goals[p.kind] ?? null,
      top: p.modules.slice(0, 5).map((m) => ({ name: m.name, gzip: m.gzip })),
      lazy: p.lazy,
    })),
    modules,
  };
}

// 2. Interaction.
if (want('interaction')) {
  log('interaction latency (headless Chromium)');
  results.load.interaction = load();
  results.interaction = { events: 300, widgets: await benchInteraction({ dist: path.resolve(DIST), port: 4520, events: 300 }) };
}

// 3. Heavy computations.
if (want('heavy')) {
  log('heavy computations');
  results.load.heavy = load();
  results.heavy = npmJson('bench:heavy');
}

// 4. Optimizer core.
if (want('core')) {
  log('optimizer core vs hand loops vs tfjs');
  results.load.core = load();
  results.core = npmJson('bench:core');
}

// 5b. Offline export (after the bytes: it reads the build, writes DIST-offline/).
if (want('build') && skipBuild) {
  log('offline export');
  results.build = { ...benchBuild({ dist: DIST, skipBuild: true }), build: previous.build?.build ?? null };
}

// 6. Lighthouse.
if (want('lighthouse')) {
  log('lighthouse (every chapter, mobile and desktop)');
  results.load.lighthouse = load();
  results.lighthouse = await benchLighthouse({ dist: path.resolve(DIST), port: 4523 });
  results.lighthouse.date = results.date;
} else if (previous.lighthouse) {
  results.lighthouse = previous.lighthouse;
}

// Keep parts not run this time from the previous results (with their own dates).
for (const k of ['bytes', 'interaction', 'heavy', 'core', 'build']) {
  if (!results[k] && previous[k]) results[k] = { ...previous[k], fromRun: previous[k].fromRun ?? previous.date };
}
results.machine.loadAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');

// The table.
const out = [];
const row = (...c) => out.push(c.join('  '));
const ms = (x) => (x == null || Number.isNaN(x) ? '-' : `${x.toFixed(1)} ms`);
out.push(`Downhill benchmark ${results.date} @ ${results.commit} — ${results.machine.cpus} CPUs, load ${results.machine.loadAtStart[0]} -> ${results.machine.loadAtEnd[0]}`);
if (results.bytes) {
  out.push('\n1. JavaScript / CSS per page (gzip -9, KB)   [limit = goal, or the ceiling of a page over its goal]');
  const groups = new Map();
  for (const p of results.bytes.pages) {
    const key = p.route.startsWith('/embed/') ? '/embed/* (each)' : p.route.startsWith('/present/') && p.route !== '/present/' ? '/present/*/N/ (each)' : p.route;
    const g = groups.get(key) ?? [];
    g.push(p);
    groups.set(key, g);
  }
  row('page'.padEnd(28), 'kind'.padEnd(8), '    JS', '   CSS', ' limit', 'largest modules');
  for (const [key, ps] of groups) {
    const max = ps.reduce((a, b) => (b.js > a.js ? b : a));
    const js = ps.length > 1 ? `≤${kb(max.js)}` : kb(max.js);
    const over = max.goal != null && max.js > max.goal ? ' OVER GOAL' : '';
    row(key.padEnd(28), max.kind.padEnd(8), js.padStart(6), kb(max.css).padStart(6), (max.limit ? kb(max.limit) : '-').padStart(6), max.top.slice(0, 3).map((m) => `${m.name} ${kb(m.gzip)}`).join(', ') + over);
  }
}
if (results.interaction) {
  out.push(`\n2. Input -> next frame, headless Chromium, ${results.interaction.events} events per drag: the frame's work from dispatch (p50 / p95 / max; goal p95 < 8 ms), then the whole latency from the event's timestamp`);
  for (const w of results.interaction.widgets) {
    const f = (m) =>
      m
        ? `${m.control.slice(0, 22).padEnd(22)} work ${m.work ? `${ms(m.work.p50)} / ${ms(m.work.p95)} / ${ms(m.work.max)}` : '-'}   latency ${ms(m.p50)} / ${ms(m.p95)} / ${ms(m.max)}  n ${m.n}, long tasks ${m.longTasks}`
        : '-';
    row(w.id.padEnd(11), 'drag  ', f(w.drag));
    row(''.padEnd(11), 'slider', f(w.slider));
    if (w.error) row(''.padEnd(11), 'error ', w.error);
  }
}
if (results.heavy) {
  out.push('\n3. Heavy computations (Node, one thread; median wall / CPU)');
  for (const b of results.heavy.basins) row(`basins 256x256 adam lr ${b.lr} 300 steps`.padEnd(40), `${ms(b.ms.median)} / ${ms(b.ms.cpuMedian)}`, 'goal < 500 ms, in a worker');
  row('rosenbrock grid 200x200'.padEnd(40), `${ms(results.heavy.grid.ms.median)} / ${ms(results.heavy.grid.ms.cpuMedian)}`, 'goal < 10 ms');
  row(`rosenbrock contours (${results.heavy.contours.levels} levels)`.padEnd(40), `${ms(results.heavy.contours.ms.median)} / ${ms(results.heavy.contours.ms.cpuMedian)}`, 'goal < 10 ms, with the grid');
}
if (results.core) {
  out.push('\n4. Optimizer steps/s on 2-D Rosenbrock (best of rounds)');
  row('optimizer'.padEnd(14), 'library'.padStart(10), 'hand loop'.padStart(10), 'hand/lib'.padStart(8), 'tfjs cpu'.padStart(10), 'lib/tfjs'.padStart(8));
  for (const o of results.core.optimizers)
    row(
      o.name.padEnd(14),
      `${(o.libraryStepsPerSec / 1e6).toFixed(1)} M`.padStart(10),
      `${(o.handStepsPerSec / 1e6).toFixed(1)} M`.padStart(10),
      `${o.handOverLib.toFixed(2)}x`.padStart(8),
      (o.tfjsStepsPerSec ? `${(o.tfjsStepsPerSec / 1e3).toFixed(1)} k` : '-').padStart(10),
      (o.tfjsStepsPerSec ? `${Math.round(o.libraryStepsPerSec / o.tfjsStepsPerSec)}x` : '-').padStart(8),
    );
  row(`worst hand/lib ${results.core.worstRatio.toFixed(2)}x (goal ≤ 1.5x); run() with adam ${(results.core.runAdamStepsPerSec / 1e6).toFixed(1)} M steps/s; tfjs ${results.core.tfjs.version} ${results.core.tfjs.backend ?? results.core.tfjs.error}`);
}
if (results.build) {
  const mb = (b) => (b == null ? '-' : `${(b / 1048576).toFixed(1)} MB`);
  out.push('\n5. Build');
  if (results.build.build) row(`full build ${results.build.build.seconds.toFixed(1)} s (astro ${results.build.build.astroSeconds} s, ${results.build.build.pages} pages, load ${results.build.build.loadBefore.toFixed(1)})`);
  row(`build folder ${mb(results.build.distBytes)}; offline export ${results.build.export.seconds.toFixed(1)} s: folder ${mb(results.build.export.folderBytes)}, zip ${mb(results.build.export.zipBytes)}`);
}
if (results.lighthouse) {
  out.push(`\n6. Lighthouse (${results.lighthouse.tool}, ${results.lighthouse.date ?? ''}, median of ${results.lighthouse.runs ?? 1} runs): perf (range) / a11y / best practices / SEO, FCP, LCP, TBT, CLS`);
  for (const x of results.lighthouse.rows)
    row(x.route.padEnd(26), x.preset.padEnd(7), x.error ? x.error : `${x.performance}${x.performanceRange ? ` (${x.performanceRange.join('-')})` : ''} / ${x.accessibility} / ${x.bestPractices} / ${x.seo}   FCP ${Math.round(x.fcpMs)} ms  LCP ${Math.round(x.lcpMs)} ms  TBT ${Math.round(x.tbtMs)} ms  CLS ${x.cls.toFixed(3)}`);
}
console.log(out.join('\n'));
console.log(`\nwrote ${path.relative(process.cwd(), RESULTS)}`);
