import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, hydrated } from './fixtures';

/**
 * axe-core over every built page, in both themes: zero WCAG 2.2 A/AA
 * violations. The page list comes from the build output, so a new page is
 * audited without anyone remembering to add it (dev harnesses excepted).
 */
const OUT = path.resolve(process.env.OUT_DIR ?? 'dist');
const SKIP = /^(?:dev|pagefind|_astro|og)\//;

function pages(dir = OUT, rel = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(abs).isDirectory()) {
      if (!SKIP.test(`${r}/`)) found.push(...pages(abs, r));
    } else if (name.endsWith('.html')) {
      found.push(name === 'index.html' ? `/${rel ? `${rel}/` : ''}` : `/${r}`);
    }
  }
  return found.sort();
}

const PAGES = pages();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the audit covers the home page, every chapter, the embeds and the 404 page', () => {
  expect(PAGES).toContain('/');
  expect(PAGES).toContain('/404.html');
  expect(PAGES.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThanOrEqual(6);
  expect(PAGES.some((p) => p.startsWith('/embed/'))).toBe(true);
});

const audit = async (page: import('@playwright/test').Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
  }));
};

// One page load per page, audited in both themes: hydrating every figure is the
// slow part, and switching the theme in place is what a reader's toggle does.
for (const url of PAGES) {
  test(`axe: ${url} has no WCAG 2.2 AA violations in light or dark`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // Bring every lazily hydrated figure on screen once, then wait for all of them.
    await page.evaluate(async () => {
      // Islands are display: contents; scroll their first box into view.
      for (const island of document.querySelectorAll('astro-island')) {
        (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
        await new Promise((r) => setTimeout(r, 100));
      }
      window.scrollTo(0, 0);
    });
    await hydrated(page);
    const light = await audit(page);
    expect(light, `light: ${JSON.stringify(light, null, 2)}`).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    // Canvases repaint on the theme change; give them a frame or two.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const dark = await audit(page);
    expect(dark, `dark: ${JSON.stringify(dark, null, 2)}`).toEqual([]);
  });
}

test('landmarks, skip link and one h1 per page', async ({ page }) => {
  for (const url of ['/', '/chapters/intuition/', '/404.html']) {
    await page.goto(url);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await skip.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  }
});

test('a display formula or table too wide for a phone can be scrolled from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/chapters/learning-rate/');
  const wide = await page.locator('main .katex-display, main table').evaluateAll((els) =>
    els.filter((e) => !e.closest('figure')).map((e) => ({ wide: e.scrollWidth > e.clientWidth + 1, tab: e.getAttribute('tabindex') })),
  );
  expect(wide.some((f) => f.wide)).toBe(true);
  for (const f of wide) expect(f.tab).toBe(f.wide ? '0' : null);
});

test('headings never skip a level', async ({ page }) => {
  test.setTimeout(180_000);
  for (const url of PAGES.filter((p) => !p.startsWith('/embed/'))) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const levels = await page.locator('main :is(h1,h2,h3,h4,h5,h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${url}: h${levels[i - 1]} then h${levels[i]}`).toBeLessThanOrEqual(1);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the open search dialog and chapter menu (${theme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/chapters/update-rule/');
    await page.getByText('Chapters', { exact: true }).click();
    let { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('body').press('/');
    await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('learning rate');
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    ({ violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze());
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('no built page scrolls sideways at 360 px, nor with the search dialog open', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of PAGES) {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
  }
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('gradient');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  const box = await page.getByRole('dialog').boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
});

test('axe at phone width (360 px): home and a chapter with figures', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const url of ['/', '/chapters/intuition/']) {
    await page.goto(url);
    // Known, reported to the widget kit: a live formula wider than the phone
    // scrolls without being focusable (scrollable-region-focusable).
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).exclude('.live-formula').analyze();
    expect(violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
