import { existsSync } from 'node:fs';
import { listFiles } from '../../scripts/offline/zip.mjs';
import { test, expect, hydrateAll, type Edition } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The pages are known when the tests are collected, from the export folder.
const EXPORTED = existsSync('offline/downhill') ? listFiles('offline/downhill').filter((f) => f.endsWith('.html')) : [];
const CHAPTERS = EXPORTED.filter((f) => /^chapters\/[^/]+\/index\.html$/.test(f));
/**
 * Pages of the book proper: not widget embeds or dev harnesses (reached by URL),
 * nor the export's own entry pages (START-HERE opens the book; search.html is reached by the search box).
 */
const BOOK_PAGES = EXPORTED.filter((f) => !/^(?:embed|dev)\//.test(f) && !['404.html', 'START-HERE.html', 'search.html'].includes(f));

const home = (edition: Edition) => (edition.kind === 'file' ? `${edition.root}index.html` : edition.root);
const inBook = (edition: Edition, url: string) => url.startsWith(edition.root);
const pathIn = (edition: Edition, url: string) => {
  const rel = url.slice(edition.root.length).replace(/[?#].*$/, '');
  return decodeURI(rel === '' ? 'index.html' : rel);
};

test('the export exists and has the chapters', () => {
  expect(EXPORTED, 'run `npm run export` first').toContain('index.html');
  expect(EXPORTED).toContain('START-HERE.html');
  expect(CHAPTERS.length).toBeGreaterThan(0);
});

test("every chapter is reachable from the home page through the site's own links, and no link points at a folder", async ({ page, edition }) => {
  // A crawl of every page (75 of them): it checks links, not speed (the budgets
  // and benchmarks measure that), so it gets time for a loaded 2-core machine.
  test.setTimeout(150_000);
  const seen = new Set<string>();
  const missing = new Set<string>();
  const queue = ['index.html'];
  await page.goto(home(edition));
  while (queue.length) {
    const rel = queue.shift()!;
    if (seen.has(rel)) continue;
    seen.add(rel);
    // The links are there once the document is parsed; waiting for every page's
    // load (the instructors' gallery loads 30 embed previews) only spends time.
    await page.goto(edition.root + rel, { waitUntil: 'domcontentloaded' });
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const url of links.filter((u) => inBook(edition, u))) {
      const target = pathIn(edition, url);
      expect(target, `a link on ${rel} points at a folder, which file:// shows as a listing: ${url}`).toMatch(/\.html$/);
      if (!edition.files.includes(target)) missing.add(`${rel} -> ${target}`);
      else if (!seen.has(target)) queue.push(target);
    }
  }
  for (const file of ['index.html', ...CHAPTERS]) expect([...seen], `${file} is reachable by links`).toContain(file);
  const unlinked = BOOK_PAGES.filter((f) => !seen.has(f));
  if (unlinked.length) test.info().annotations.push({ type: 'pages no link reaches from the home page', description: unlinked.join(', ') });
  if (missing.size) test.info().annotations.push({ type: 'broken links (pages not in the build)', description: [...missing].join(', ') });
});

test('a reader gets from the home page to every chapter by clicking', async ({ page, edition }) => {
  for (const chapter of CHAPTERS) {
    await page.goto(home(edition));
    const link = page.locator(`a[href$="${chapter}"]`).filter({ visible: true }).first();
    await link.click();
    await expect(page).toHaveURL(edition.root + chapter);
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('START-HERE says no internet is needed and opens the book', async ({ page, edition }) => {
  await page.goto(edition.root + 'START-HERE.html');
  await expect(page.locator('body')).toContainText('No internet needed');
  // The contents in the book's order: the chapters in reading order first.
  const contents = await page.locator('ul').first().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(contents.slice(0, 7)).toEqual(['intuition', 'update-rule', 'learning-rate', 'variants', 'momentum-adam', 'local-minima', 'network'].map((c) => `chapters/${c}/index.html`));
  await page.getByRole('link', { name: /Open the book/ }).click();
  await expect(page).toHaveURL(edition.root + 'index.html');
});

for (const file of EXPORTED) {
  test(`${file}: islands hydrate and answer, math fonts load`, async ({ page, edition }) => {
    await page.goto(edition.root + file);
    const count = await hydrateAll(page);

    // Formulas on screen (a slide's presenter notes are in the page but hidden, and load no font).
    if ((await page.locator('.katex').filter({ visible: true }).count()) > 0) {
      const fontFaces = () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].map((f) => ({ family: f.family, status: f.status }));
        });
      // Polled: fonts.ready resolves at once if layout has not yet asked for a KaTeX face.
      await expect.poll(async () => (await fontFaces()).filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded').length, { message: 'KaTeX fonts loaded' }).toBeGreaterThan(0);
      const faces = await fontFaces();
      expect(faces.filter((f) => f.status === 'error'), 'fonts that failed to load').toEqual([]);
      await expect(page.locator('.katex-html').first()).toBeVisible();
    }

    for (let i = 0; i < count; i++) {
      const island = page.locator('astro-island').nth(i);
      const name = await island.evaluate((el) => JSON.parse(el.getAttribute('opts') ?? '{}').name ?? el.getAttribute('component-export'));
      const result = await interact(page, island);
      if (result === 'no controls') test.info().annotations.push({ type: 'island without controls', description: `${file}: ${name}` });
      else expect(result, `${file}: island ${name} changed what it draws after a click or key`).toBe('changed');
    }
  });
}

/** Drive an island like a reader: each visible control in turn (button click, slider key) until what it draws changes. */
async function interact(page: Page, island: Locator): Promise<'changed' | 'unchanged' | 'no controls'> {
  const controls = island.locator('button:not([disabled]), input[type=range], [role=slider], select');
  const n = await controls.count();
  if (n === 0) return 'no controls';
  const draw = () => island.evaluate((el) => el.innerHTML);
  const before = await draw();
  for (let j = 0; j < n; j++) {
    const control = controls.nth(j);
    if (!(await control.isVisible())) continue;
    const kind = await control.evaluate((el) =>
      el.tagName === 'BUTTON' ? 'button' : el.tagName === 'SELECT' ? 'select' : 'slider',
    );
    if (kind === 'button') await control.click();
    else if (kind === 'select') {
      const values = await control.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
      const current = await control.inputValue();
      const other = values.find((v) => v !== current);
      if (other === undefined) continue;
      await control.selectOption(other);
    } else {
      await control.focus();
      await page.keyboard.press('ArrowRight');
    }
    const changed = await expect
      .poll(draw, { timeout: 2_000 })
      .not.toBe(before)
      .then(
        () => true,
        () => false,
      );
    if (changed) return 'changed';
  }
  return 'unchanged';
}

test('every book page sets its body text in the book’s face (Source Serif 4), on the first load', async ({ page, edition }) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const faces: Record<string, string> = {};
  for (const file of BOOK_PAGES) {
    await page.goto(edition.root + file);
    // The first paragraph of body text: set (by the stylesheet) in the book's serif.
    const found = await page.evaluate(async () => {
      await document.fonts.ready;
      const p = [...document.querySelectorAll('main p')].find((el) => el.textContent!.trim().length > 40 && /Source Serif 4/.test(getComputedStyle(el).fontFamily));
      p?.setAttribute('data-body-text', '');
      return p !== undefined;
    });
    if (!found) continue;
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-body-text]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    faces[file] = fonts
      .filter((f) => f.glyphCount > 0)
      .map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`)
      .join(', ');
  }
  expect(Object.keys(faces).length).toBeGreaterThanOrEqual(CHAPTERS.length);
  for (const [file, face] of Object.entries(faces)) expect(face, file).toMatch(/^Source Serif 4 \(web font\)/);
});

test('the chapter-1 hiker takes a step when asked', async ({ page, edition }) => {
  const chapter = CHAPTERS.find((c) => c.includes('intuition')) ?? CHAPTERS[0]!;
  await page.goto(edition.root + chapter);
  await hydrateAll(page);
  const hiker = page.getByTestId('hiker');
  const island = page.locator('astro-island', { has: hiker });
  const step = island.getByRole('button', { name: /^(?:Take a step|Step forward)$/i });
  const readout = island.locator('[data-testid=summary], [data-testid=readout]').first();
  await expect(readout).toContainText(/0 steps/);
  const before = { text: await readout.textContent(), cx: await hiker.getAttribute('cx') };
  await step.click();
  await expect(readout).toContainText(/1 step\b/);
  await expect(readout).not.toHaveText(before.text ?? '');
  await expect(hiker).not.toHaveAttribute('cx', before.cx ?? '');
});

test("a figure's on-demand parts (the data table, the embed panel) open offline too", async ({ page, edition }) => {
  const chapter = CHAPTERS.find((c) => c.includes('intuition')) ?? CHAPTERS[0]!;
  await page.goto(edition.root + chapter);
  await hydrateAll(page);
  const fig = page.locator('figure#hiker');
  // Online, their code is fetched with import() when first opened; the offline bundle must already hold it.
  await fig.getByTestId('data-table').locator('summary').click();
  await expect(fig.getByTestId('data-table').locator('tbody tr').first()).toBeVisible();
  await fig.getByRole('button', { name: 'Embed' }).click();
  await expect(fig.getByLabel(/Paste this into a slide/)).toHaveValue(/<iframe src="[^"]*embed\/hiker\/[^"]*"/);
});

test('offline search leaves the worked solutions out: a word only a solution uses finds nothing', async ({ page, edition }) => {
  await page.goto(home(edition));
  const box = page.getByRole('searchbox', { name: 'Search the book' });
  await box.fill('sixteen');
  await box.press('Enter');
  await expect(page).toHaveURL(/search\.html\?q=sixteen/);
  await expect(page.locator('#status')).toContainText('No results');
  await expect(page.locator('#results li')).toHaveCount(0);
});

test('search works offline: the header box finds a chapter and its result opens it', async ({ page, edition }) => {
  await page.goto(home(edition));
  const box = page.getByRole('searchbox', { name: 'Search the book' });
  await box.fill('learning rate');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp('search\\.html\\?q=learning'));
  const results = page.locator('#results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('#status')).toContainText('for “learning rate”');
  await expect(results.first().locator('mark').first()).toBeVisible();
  const first = results.first().locator('a');
  const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
  await first.click();
  await expect(page).toHaveURL(href);
  expect(edition.files).toContain(pathIn(edition, href));
});
