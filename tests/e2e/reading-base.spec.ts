import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { test, expect, hydrated } from './fixtures';

/**
 * The book deployed under a sub-path, as on GitHub Pages (`npm run build:base`
 * builds it with BASE_PATH=/downhill/ into node_modules/.cache/downhill-base,
 * or $BASE_BUILD, and checks its links; `npm test` runs it before this file). A
 * plain static server serves the build under /downhill/ only, with 404.html
 * for anything missing; every request the pages make must stay under it.
 */
const dir = path.resolve(process.env.BASE_BUILD ?? 'node_modules/.cache/downhill-base');
const BASE = '/downhill/';
const port = Number(process.env.E2E_BASE_PORT ?? 4347);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

test.use({ baseURL: `http://127.0.0.1:${port}` });
// One server, one worker.
test.describe.configure({ mode: 'serial' });

let server: Server;
test.beforeAll(async () => {
  // npm test builds it first; run alone, say what is missing instead of skipping.
  if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`no sub-path build in ${dir}: run \`npm run build:base\` first`);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const notFound = () => {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      createReadStream(path.join(dir, '404.html')).pipe(res);
    };
    if (!url.pathname.startsWith(BASE)) return notFound();
    let file = path.join(dir, decodeURIComponent(url.pathname.slice(BASE.length)));
    if (!file.startsWith(dir)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
});
test.afterAll(() => new Promise<void>((r) => server.close(() => r())));

test('under /downhill/ every page, island, font, image and search file loads from inside the base', async ({ page }) => {
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  await page.goto(`${BASE}`);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', `${BASE}favicon.svg`);
  await page.locator('.cards a').first().click();
  await expect(page).toHaveURL(`${BASE}chapters/intuition/`);
  for (const island of await page.locator('astro-island > *:first-child').all()) await island.scrollIntoViewIfNeeded();
  await hydrated(page);
  // Polled: fonts.ready resolves at once if layout has not yet asked for a KaTeX face.
  await expect
    .poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'))))
    .toBe(true);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(`${BASE}chapters/update-rule/`);

  // Search: Pagefind's code, index and result links all live under the base.
  // The search script marks its button ready when it has run; only then does "/" open it.
  await expect(page.locator('[data-search-open][data-ready]')).toBeVisible();
  await page.locator('body').press('/');
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('momentum');
  const hit = page.locator(`[data-search-results] a[href^="${BASE}chapters/momentum-adam/"]`).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}chapters/momentum-adam/`));

  // Progress marks work the same.
  await page.goto(BASE);
  await expect(page.locator('[data-progress-for="update-rule"]')).toHaveText('Visited');

  expect(outside, 'requests outside the base').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});

test('under /downhill/ a missing page gets the 404 page of the book, whose links work', async ({ page, request }) => {
  const res = await request.get(`${BASE}no/such/page/`);
  expect(res.status()).toBe(404);
  await page.goto(`${BASE}404.html`);
  await page.getByRole('link', { name: 'Go to the contents' }).click();
  await expect(page).toHaveURL(BASE);
  await expect(page.locator('.cards a').first()).toHaveAttribute('href', `${BASE}chapters/intuition/`);
});
