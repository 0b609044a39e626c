import { test, expect } from './fixtures';

const CHAPTERS = ['intuition', 'update-rule', 'learning-rate', 'variants', 'momentum-adam', 'local-minima', 'network'];

test('the home page lists every chapter in order, each linking to its page', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.cards .card a');
  await expect(cards).toHaveCount(CHAPTERS.length);
  const hrefs = await cards.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(CHAPTERS.map((c) => `/chapters/${c}/`));
});

for (const slug of CHAPTERS) {
  test(`chapter "${slug}" renders its math with KaTeX at build time`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    await expect(page.locator('.katex-error')).toHaveCount(0);
    // The KaTeX font actually loaded (self-hosted).
    const fontsOk = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded');
    });
    expect(fontsOk).toBe(true);
  });
}

test('the chapter page has objectives, on-page contents and previous/next links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chapters/learning-rate/');
  await expect(page.getByRole('heading', { name: 'In this chapter you will' })).toBeVisible();
  await expect(page.locator('.toc a').first()).toBeVisible();
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/chapters/update-rule/');
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/chapters/variants/');
});

test('the theme toggle switches to dark, is remembered, and does not flash on reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  // Set by the inline head script, before first paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(20, 22, 26)');
});

test('the theme follows the system when the reader has not chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('no page scrolls sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/', ...CHAPTERS.map((c) => `/chapters/${c}/`)]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('on a phone (390 px, touch)', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('the header reaches the playground through its menu, and offers no "/" key to press', async ({ page }) => {
    await page.goto('/chapters/intuition/');
    const header = page.locator('.site-header');
    await expect(header.locator('.search-open kbd')).toBeHidden();
    await header.getByText('Chapters', { exact: true }).click();
    const link = header.getByRole('link', { name: 'Playground' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/playground\/$/);
  });
});
