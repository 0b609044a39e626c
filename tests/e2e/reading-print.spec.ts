import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures';

/** Every chapter, from content/chapters/NN-slug.mdx. */
const CHAPTERS = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

test('printing a chapter keeps text, math and figures with captions, and drops the chrome', async ({ page }) => {
  await page.goto('/chapters/intuition/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const chrome of ['.site-header', '.site-footer', '.toc', '.pager', '.skip-link']) {
    await expect(page.locator(chrome).first(), chrome).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  const figure = page.locator('.figure').first();
  await expect(figure).toBeVisible();
  await expect(figure.locator('figcaption')).toBeVisible();
  await expect(figure.locator('svg, canvas').first()).toBeVisible();
  await expect(figure.locator('.tools')).toBeHidden();
  // Paper is white whatever the screen theme, and the figure stays on one page.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  // Links say where they go.
  const external = page.locator('.prose a[href^="http"]').first();
  if ((await external.count()) > 0) {
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await external.getAttribute('href'));
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const slug of CHAPTERS) {
    test(`chapter "${slug}" still shows its text, math and figures`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`/chapters/${slug}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.prose p').first()).toBeVisible();
      const math = page.locator('.katex');
      if ((await math.count()) > 0) await expect(math.first()).toBeVisible();
      // Each island's server-rendered first frame is on the page, not an empty box.
      for (const fig of await page.locator('astro-island .figure').all()) {
        await expect(fig).toBeVisible();
        expect((await fig.boundingBox())?.height ?? 0).toBeGreaterThan(100);
      }
      // Controls that need scripts are not offered.
      await expect(page.locator('[data-search-open]')).toBeHidden();
      expect(await page.locator('[data-progress-reset]').evaluateAll((bs) => bs.every((b) => (b as HTMLElement).hidden))).toBe(true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the chapter menu still opens and the theme follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/chapters/intuition/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
    await page.getByText('Chapters', { exact: true }).click();
    await expect(page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Momentum/ })).toBeVisible();
  });
});
