// Prints "N passed, N failed" summed over every test runner (Vitest, Playwright
// e2e, Playwright offline) from their JSON reports in reports/ (not test-results/,
// which each Playwright run empties), for CI. Exit status of `npm test` is passed as argv[2]:
// if the run failed before a runner wrote its report, the failure still counts.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);

const vitest = read('reports/unit.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

// Playwright: the site's e2e run and the offline edition's run (playwright.offline.config.ts).
for (const report of ['reports/e2e.json', 'reports/offline.json']) {
  const e2e = read(report);
  if (!e2e?.stats) continue;
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  skipped += e2e.stats.skipped ?? 0;
}

const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) failed = 1; // a step failed (check, build) without a test report
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
