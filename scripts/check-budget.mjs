// The JavaScript size budget, run by `npm test` right after the build:
//
//   node scripts/check-budget.mjs [dist]          check (exit 1 on any page over its limit)
//   node scripts/check-budget.mjs [dist] --update  lower the per-page ceilings in bench/budget.json to today's sizes
//   node scripts/check-budget.mjs [dist] --update --raise   also raise them (growth accepted on purpose)
//
// Every built page's gzipped JavaScript (scripts/bench-bytes.mjs: inline scripts,
// module scripts, island components and renderers, and their static imports) must
// stay under its limit:
//   - the goal for its kind in bench/budget.json (`goals`): 60 KB for chapter
//     and other widget pages, 5 KB for pages without widgets;
//   - or, for a page that is over its goal today, its ceiling (`ceilings`): the
//     size it had when the ceiling was written plus a little headroom. A ceiling
//     may only go down: when a page shrinks, `--update` lowers it, and drops it
//     once the page meets its goal.
// A failure names the page, its limit, and its modules with their growth since
// the last published benchmark (bench/results.json), largest growth first.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeBytes, kb } from './bench-bytes.mjs';

const BUDGET_FILE = path.resolve('bench/budget.json');
const RESULTS_FILE = path.resolve('bench/results.json');
/** Headroom above today's size when a ceiling is written (bytes). */
const HEADROOM = 1024;

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.env.OUT_DIR ?? 'dist');
const update = args.includes('--update');
const raise = args.includes('--raise');

const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const { pages } = analyzeBytes(dist);

/** Per-module gzip sizes of the last published run, by stable name. */
const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')).bytes?.modules ?? {}) : {};
const previousPage = existsSync(RESULTS_FILE)
  ? Object.fromEntries((JSON.parse(readFileSync(RESULTS_FILE, 'utf8')).bytes?.pages ?? []).map((p) => [p.route, p.js]))
  : {};

const goalOf = (p) => budget.goals[p.kind];
const limitOf = (p) => budget.ceilings?.[p.route] ?? goalOf(p);

if (update) {
  const ceilings = {};
  for (const p of pages) {
    const goal = goalOf(p);
    if (goal === undefined || p.js <= goal) continue;
    const fresh = Math.ceil((p.js + HEADROOM) / 512) * 512;
    const old = budget.ceilings?.[p.route];
    ceilings[p.route] = old === undefined || raise ? fresh : Math.min(old, fresh);
  }
  budget.ceilings = ceilings;
  writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + '\n');
  console.log(`budget: wrote ${Object.keys(ceilings).length} ceilings for pages over their goal to ${path.relative(process.cwd(), BUDGET_FILE)}`);
  process.exit(0);
}

const failures = [];
const overGoal = [];
const canLower = [];
for (const p of pages) {
  const goal = goalOf(p);
  if (goal === undefined) continue; // dev harness pages
  const limit = limitOf(p);
  if (p.js > limit) failures.push({ p, limit });
  else if (p.js > goal) overGoal.push(p);
  const ceiling = budget.ceilings?.[p.route];
  if (ceiling !== undefined && (p.js <= goal || ceiling - p.js > 2 * HEADROOM)) canLower.push(p.route);
}
for (const route of Object.keys(budget.ceilings ?? {})) {
  if (!pages.some((p) => p.route === route)) canLower.push(`${route} (no such page any more)`);
}

const checked = pages.filter((p) => goalOf(p) !== undefined).length;
if (failures.length) {
  console.error(`\nJS SIZE BUDGET EXCEEDED on ${failures.length} page(s) (gzipped JavaScript, bench/budget.json):\n`);
  for (const { p, limit } of failures) {
    const was = previousPage[p.route];
    console.error(`  ${p.route}: ${kb(p.js)} KB > limit ${kb(limit)} KB (goal for ${p.kind} pages: ${kb(goalOf(p))} KB)${was ? `; was ${kb(was)} KB in bench/results.json` : ''}`);
    const rows = p.modules.map((m) => ({ ...m, delta: m.gzip - (previous[m.name]?.gzip ?? 0), isNew: !previous[m.name] }));
    rows.sort((a, b) => b.delta - a.delta || b.gzip - a.gzip);
    const grew = rows.filter((r) => r.delta > 64);
    if (grew.length && Object.keys(previous).length) {
      console.error(`    grew since bench/results.json:`);
      for (const r of grew.slice(0, 8)) console.error(`      ${r.name.padEnd(44)} ${kb(r.gzip).padStart(6)} KB  ${r.isNew ? '(new module)' : `+${kb(r.delta)} KB`}`);
    }
    console.error(`    largest modules:`);
    for (const m of p.modules.slice(0, 6)) console.error(`      ${m.name.padEnd(44)} ${kb(m.gzip).padStart(6)} KB`);
    if (p.inlineJs) console.error(`      ${'(inline <script>s)'.padEnd(44)} ${kb(p.inlineJs).padStart(6)} KB`);
    console.error('');
  }
  console.error('Make the page lighter (narrower imports, lazy data, a smaller dependency), or, if the growth is worth it,');
  console.error('raise the ceiling on purpose: node scripts/check-budget.mjs <dist> --update --raise (and say why in the commit).\n');
  process.exit(1);
}
console.log(
  `budget: ${checked} pages within their JS limits` +
    (overGoal.length ? `; ${overGoal.length} still over their goal, held at their ceilings (largest: ${overGoal.sort((a, b) => b.js - a.js).slice(0, 3).map((p) => `${p.route} ${kb(p.js)} KB`).join(', ')})` : ''),
);
if (canLower.length) console.log(`budget: ceilings can come down for ${canLower.length} page(s) (${canLower.slice(0, 4).join(', ')}${canLower.length > 4 ? ', ...' : ''}): node scripts/check-budget.mjs <dist> --update`);
