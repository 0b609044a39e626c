// Lighthouse scores for chapter pages, mobile and desktop, against a preview of
// the build. Lighthouse is not a dependency of the project: it is run with
// `npx lighthouse@12` (fetched from the npm registry once, then cached), with
// Chromium from $CHROME_PATH or /usr/bin/chromium. Not part of npm test.
//
//   node scripts/bench-lighthouse.mjs [dist] [--port 4523] [--pages /chapters/intuition/,...] [--json]
//
// Per page and form factor: performance, accessibility, best practices and SEO
// scores (0-100), LCP and TBT (ms, Lighthouse's simulated throttling: a slow 4G
// phone for mobile, a fast link for desktop) and CLS.
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

export async function benchLighthouse({ dist, port = 4523, pages } = {}) {
  const routes = pages ?? chapterRoutes(dist);
  const chrome = findChromium();
  const server = await startPreview(dist, port);
  const tmp = mkdtempSync(path.join(tmpdir(), 'downhill-lh-'));
  const rows = [];
  try {
    for (const route of routes) {
      for (const preset of ['mobile', 'desktop']) {
        rows.push({ route, preset, ...runOne(new URL(route.slice(1), server.url).href, preset, chrome, tmp) });
      }
    }
  } finally {
    server.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { tool: LIGHTHOUSE, rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
  const dist = path.resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist');
  const r = await benchLighthouse({ dist, port: Number(opt('--port', 4523)), pages: opt('--pages')?.split(',') });
  if (args.includes('--json')) console.log(JSON.stringify(r));
  else
    for (const x of r.rows)
      console.log(
        x.error
          ? `${x.route} ${x.preset}: ${x.error}`
          : `${x.route.padEnd(26)} ${x.preset.padEnd(7)} perf ${x.performance} a11y ${x.accessibility} bp ${x.bestPractices} seo ${x.seo}  LCP ${Math.round(x.lcpMs)} ms  TBT ${Math.round(x.tbtMs)} ms  CLS ${x.cls.toFixed(3)}`,
      );
}
