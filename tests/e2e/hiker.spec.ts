import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

async function openHiker(page: Page, query = '') {
  await page.goto(`/chapters/intuition/${query}`);
  const fig = page.locator('figure#hiker');
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const cx = async (page: Page) => Number(await page.getByTestId('hiker').getAttribute('cx'));

test('dragging the hiker with the mouse moves the start and writes the URL when it settles', async ({ page }) => {
  const fig = await openHiker(page);
  const plot = fig.getByRole('slider', { name: /starting point/ });
  const box = (await plot.boundingBox())!;
  const before = await cx(page);
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  expect(await cx(page)).toBeLessThan(before - 100);
  await expect(page).toHaveURL(/hiker\.x0=-?\d/);
});

test('touch drags the hiker too', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 800 }, baseURL: baseURL! });
  const page = await ctx.newPage();
  const fig = await openHiker(page);
  const plot = fig.getByRole('slider', { name: /starting point/ });
  const box = (await plot.boundingBox())!;
  const before = await cx(page);
  const y = box.y + box.height / 2;
  await plot.dispatchEvent('pointerdown', { pointerId: 7, pointerType: 'touch', clientX: box.x + box.width * 0.9, clientY: y, isPrimary: true });
  await plot.dispatchEvent('pointermove', { pointerId: 7, pointerType: 'touch', clientX: box.x + box.width * 0.5, clientY: y, isPrimary: true });
  await plot.dispatchEvent('pointerup', { pointerId: 7, pointerType: 'touch', clientX: box.x + box.width * 0.5, clientY: y, isPrimary: true });
  expect(await cx(page)).toBeLessThan(before - 50);
  await ctx.close();
});

test('arrow keys move the start; S takes a step against the slope', async ({ page }) => {
  const fig = await openHiker(page);
  const plot = fig.getByRole('slider', { name: /starting point/ });
  await plot.focus();
  const start = await cx(page);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const moved = await cx(page);
  expect(moved).toBeLessThan(start);
  await expect(fig.getByTestId('summary')).toContainText('After 0 steps');
  await page.keyboard.press('s');
  await expect(fig.getByTestId('summary')).toContainText('After 1 step ');
  // On the right-hand slope the gradient is positive, so the step goes left.
  expect(await cx(page)).toBeLessThan(moved);
});

test('the playback scrubber shows any step, and the live formula follows it', async ({ page }) => {
  const fig = await openHiker(page);
  const scrub = fig.locator('input[data-name="scrub"]');
  await scrub.fill('5');
  await expect(fig.getByTestId('summary')).toContainText('After 5 steps');
  await expect(fig.locator('.live-formula')).toHaveAttribute('aria-label', /^x 6 equals/);
  await fig.getByRole('button', { name: 'Step back' }).click();
  await expect(fig.getByTestId('summary')).toContainText('After 4 steps');
});

test('a deep link restores the learning rate, and a bad value is reported, not used', async ({ page }) => {
  const fig = await openHiker(page, '?hiker.lr=0.9&hiker.x0=abc');
  await expect(fig.locator('output').filter({ hasText: '0.90' })).toBeVisible();
  await expect(fig.getByTestId('url-notice')).toContainText('hiker.x0=abc');
  await expect(fig.getByTestId('summary')).toContainText('x = 4.20');
});

test('an out-of-range learning rate is clamped and says so; hostile text is shown as text', async ({ page }) => {
  const fig = await openHiker(page, '?hiker.lr=99&hiker.%3Cimg%20src%3Dx%3E=1');
  await expect(fig.locator('output').filter({ hasText: '1.50' })).toBeVisible();
  await expect(fig.getByTestId('url-notice')).toContainText('clamped');
  await expect(fig.locator('img')).toHaveCount(0);
});

test('copy link gives a URL that reproduces the exact state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fig = await openHiker(page);
  await fig.locator('input[data-name="lr"]').fill('900');
  const plot = fig.getByRole('slider', { name: /starting point/ });
  await plot.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const summary = await fig.getByTestId('summary').textContent();
  await fig.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#hiker$/);
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await fresh.locator('figure#hiker').scrollIntoViewIfNeeded();
  await hydrated(fresh);
  await expect(fresh.locator('figure#hiker').getByTestId('summary')).toHaveText(summary!);
  await fresh.close();
});

test("the figure's Embed panel gives an iframe of this exact state, a copy button and a preview link", async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fig = await openHiker(page, '?hiker.lr=0.5');
  const embed = fig.getByRole('button', { name: 'Embed' });
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
  await embed.click();
  await expect(embed).toHaveAttribute('aria-expanded', 'true');
  // The panel's code comes on demand: wait for it, then read the snippet.
  const snippet = fig.getByLabel(/Paste this into a slide/);
  await expect(snippet).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/hiker\/\?lr=0\.5" title="[^"]+ — Downhill" width="100%" height="\d+"/);
  await fig.getByRole('button', { name: 'Copy snippet' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await expect(fig.getByRole('link', { name: 'Preview the embed' })).toHaveAttribute('href', /\/embed\/hiker\/\?lr=0\.5$/);
  await embed.click();
  await expect(snippet).toHaveCount(0);
});

test('the embed page shows the widget without chrome, in the linked state, with hidden controls', async ({ page }) => {
  await page.goto('/embed/hiker/?lr=0.5&hide=lr');
  await hydrated(page);
  await expect(page.locator('header.site-header')).toHaveCount(0);
  await expect(page.locator('input[data-name="lr"]')).toHaveCount(0);
  await expect(page.getByTestId('summary')).toContainText('x = 4.20');
  await page.locator('input[data-name="scrub"]').fill('1');
  // 4.2 - 0.5 * f'(4.2), f'(x) = 0.3x + 2cos(2x)
  const expected = 4.2 - 0.5 * (0.3 * 4.2 + 2 * Math.cos(8.4));
  await expect(page.getByTestId('summary')).toContainText(`x = ${expected.toFixed(2)}`);
});

test('the data table behind the plot opens on demand, one row per step, starting at the start', async ({ page }) => {
  const fig = await openHiker(page, '?hiker.x0=3');
  const table = fig.getByTestId('data-table');
  await expect(table.locator('table')).toHaveCount(0);
  await table.locator('summary').click();
  const rows = table.locator('tbody tr');
  // The table is built when the disclosure opens: wait for it, then count.
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.first().locator('td').nth(0)).toHaveText('0');
  await expect(rows.first().locator('td').nth(1)).toHaveText('3.0000');
});
