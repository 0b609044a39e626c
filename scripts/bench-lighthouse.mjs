// Lighthouse scores for chapter pages, mobile and desktop, against a preview of
// the build. Lighthouse is not a dependency of the project: it is run with
// `npx lighthouse@12` (fetched from the npm registry once, then cached), with
// Chromium from $CHROME_PATH or /usr/bin/chromium. Not part of npm test.
//
//   node scripts/bench-lighthouse.mjs [dist] [--port 4523] [--pages /chapters/intuition/,...] [--runs 3] [--json]
//
// Per page and form factor: performance, accessibility, best practices and SEO
// scores (0-100), FCP, LCP and TBT (ms, Lighthouse's simulated throttling: a
// slow 4G phone for mobile, a fast link for desktop) and CLS. Each is the
// median of `--runs` runs (default 3; `performance` is the median score, the
// metrics each their own median), with the range of the performance score:
// on a busy 2-core machine one run can differ by 5-10 points from the next.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium, startPreview } from './bench-interaction.mjs';

export const LIGHTHOUSE = 'lighthouse@12';

/** Chapter routes of a build: /chapters/<slug>/ for every built chapter. */
export function chapterRoutes(dist) {
  return readdirSync(path.join(dist, 'chapters'))
    .filter((d) => !d.startsWith('.'))
    .sort()
    .map((d) => `/chapters/${d}/`);
}

function runOne(url, preset, chrome, tmp) {
  const out = path.join(tmp, `lh-${preset}.json`);
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const t0 = performance.now();
  const r = spawnSync('npx', args, { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 240_000 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) return { error: `lighthouse exited ${r.status}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' ')}`, seconds };
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  const score = (k) => (lhr.categories[k]?.score == null ? null : Math.round(lhr.categories[k].score * 100));
  const num = (k) => lhr.audits[k]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    fcpMs: num('first-contentful-paint'),
    warnings: lhr.runWarnings ?? [],
    seconds,
  };
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? v[(v.length - 1) >> 1] : null;
};

/** Several runs of one page and preset, summarised by medians (the first error, if every run failed). */
function medianOf(runs) {
  const ok = runs.filter((r) => !r.error);
  if (ok.length === 0) return runs[0];
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls', 'fcpMs'];
  const perf = ok.map((r) => r.performance).filter((x) => typeof x === 'number');
  return {
    ...Object.fromEntries(keys.map((k) => [k, median(ok.map((r) => r[k]))])),
    runs: ok.length,
    performanceRange: perf.length ? [Math.min(...perf), Math.max(...perf)] : null,
    warnings: [...new Set(ok.flatMap((r) => r.warnings))],
    seconds: ok.reduce((a, r) => a + r.seconds, 0),
  };
}

export async function benchLighthouse({ dist, port = 4523, pages, runs = 3 } = {}) {
  const routes = pages ?? chapterRoutes(dist);
  const chrome = findChromium();
  const server = await startPreview(dist, port);
  const tmp = mkdtempSync(path.join(tmpdir(), 'downhill-lh-'));
  const rows = [];
  try {
    for (const route of routes) {
      for (const preset of ['mobile', 'desktop']) {
        const url = new URL(route.slice(1), server.url).href;
        rows.push({ route, preset, ...medianOf(Array.from({ length: runs }, () => runOne(url, preset, chrome, tmp))) });
      }
    }
  } finally {
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { tool: LIGHTHOUSE, runs, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
  const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist');
  const r = await benchLighthouse({ dist, port: Number(opt('--port', 4523)), pages: opt('--pages')?.split(','), runs: Number(opt('--runs', 3)) });
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else
    for (const x of r.rows)
      console.log(
        x.error
          ? `${x.route} ${x.preset}: ${x.error}`
          : `${x.route.padEnd(26)} ${x.preset.padEnd(7)} perf ${x.performance} (${x.performanceRange?.join('-')}) a11y ${x.accessibility} bp ${x.bestPractices} seo ${x.seo}  FCP ${Math.round(x.fcpMs)} ms  LCP ${Math.round(x.lcpMs)} ms  TBT ${Math.round(x.tbtMs)} ms  CLS ${x.cls.toFixed(3)}`,
      );
}
