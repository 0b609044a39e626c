import { test, expect } from './fixtures';

const KEY = 'downhill-progress';

test('visited chapters are marked on the home page and in the chapter list, survive a reload, and reset', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-progress-summary]').first()).toHaveText(/No progress yet/);
  await expect(page.locator('.cards [data-progress-for]:visible')).toHaveCount(0);

  await page.goto('/chapters/update-rule/');
  await page.goto('/chapters/variants/');
  await page.goto('/');
  await page.reload();

  const card = (slug: string) => page.locator(`.cards [data-progress-for="${slug}"]`);
  await expect(card('update-rule')).toHaveText('Visited');
  await expect(card('variants')).toHaveText('Visited');
  await expect(card('intuition')).toBeHidden();
  await expect(page.locator('main [data-progress-summary]')).toContainText(/2 of \d+ chapters visited/);

  // The header's chapter list marks them too, for screen readers as well.
  await page.getByText('Chapters', { exact: true }).click();
  const menu = page.getByRole('navigation', { name: 'Chapters' });
  await expect(menu.getByRole('link', { name: /Update rule.*\(visited\)|\(visited\)/ }).first()).toBeVisible();
  await expect(menu.locator('[data-visited-mark="update-rule"]')).toBeVisible();
  await expect(menu.locator('[data-visited-mark="intuition"]')).toBeHidden();

  await page.locator('main').getByRole('button', { name: 'Reset progress' }).click();
  await expect(card('update-rule')).toBeHidden();
  await expect(menu.locator('[data-visited-mark="update-rule"]')).toBeHidden();
  await expect(page.locator('main [data-progress-note]')).toHaveText('Progress cleared.');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.reload();
  await expect(card('update-rule')).toBeHidden();
});

test('a solved exercise shows on its chapter card', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('downhill:solved', { detail: { chapter: 'intuition', exercise: 'reach-the-valley' } })));
  await expect(page.locator('.cards [data-progress-for="intuition"]')).toHaveText(/^Visited · 1 (of \d+ )?exercises? solved$/);
});

test('the reading position comes back when the reader returns to a chapter', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto('/chapters/intuition/');
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.6));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(300);
  await page.waitForTimeout(600);
  await page.goto('/');
  await page.locator('.cards a[href="/chapters/intuition/"]').click();
  await expect(page.locator('[data-resume-note]')).toBeVisible();
  const after = await page.evaluate(() => window.scrollY);
  expect(Math.abs(after - before)).toBeLessThan(40);
  // "Start from the top" goes back to the top and forgets the place.
  await page.getByRole('button', { name: 'Start from the top' }).click();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.goto('/');
  await page.goto('/chapters/intuition/');
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('a link to a section wins over the stored position', async ({ page }) => {
  await page.goto('/chapters/momentum-adam/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(600);
  await page.goto('/chapters/momentum-adam/#the-ravine');
  await expect(page.locator('#the-ravine')).toBeInViewport();
  await expect(page.locator('[data-resume-note]')).toBeHidden();
});

test('pages work without errors when storage is blocked', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/chapters/intuition/');
  await page.getByText('Chapters', { exact: true }).click();
  await expect(page.locator('[data-visited-mark="intuition"]')).toBeVisible();
  await page.goto('/');
  await expect(page.locator('main [data-progress-summary]')).toBeVisible();
  expect(errors).toEqual([]);
  await context.close();
});
