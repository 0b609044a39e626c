import { test, expect, hydrated } from './fixtures';

test('the gallery lists every registered widget with a preview, its parameters and presets', async ({ page }) => {
  await page.goto('/instructors/');
  const cards = page.locator('article.card');
  expect(await cards.count()).toBeGreaterThanOrEqual(20);
  const hiker = page.locator('#w-hiker');
  await expect(hiker.locator('iframe.preview')).toHaveAttribute('src', '/embed/hiker/');
  await hiker.getByText('Parameters').click();
  await expect(hiker.locator('td code').filter({ hasText: /^lr$/ })).toBeVisible();
  await expect(hiker.getByRole('link', { name: 'Steps too long' })).toHaveAttribute('href', /\/embed\/hiker\/\?lr=1\.2/);
});

test('the preset builder turns settings and hidden controls into a link, a snippet and a QR code that reproduce them', async ({ page }) => {
  await page.goto('/instructors/');
  const builder = page.locator('#builder');
  await builder.scrollIntoViewIfNeeded();
  await hydrated(page);
  await builder.getByRole('button', { name: 'Steps too long' }).click();
  await builder.getByRole('checkbox', { name: 'Hide Start' }).check();
  await builder.getByRole('checkbox', { name: 'Lock Step size α' }).check();
  const url = builder.getByTestId('embed-url');
  await expect(url).toHaveValue(/\/embed\/hiker\/\?lr=1\.2&hide=x0&lock=lr$/);
  await expect(builder.getByTestId('snippet')).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/hiker\/\?lr=1\.2&hide=x0&lock=lr"/);
  await expect(builder.locator('.qr-code svg')).toBeVisible();
  await expect(builder.getByTestId('chapter-url')).toHaveValue(/\/chapters\/intuition\/\?hiker\.lr=1\.2#hiker$/);

  const embed = await page.context().newPage();
  await embed.goto(await url.inputValue());
  await hydrated(embed);
  await expect(embed.locator('input[data-name="lr"]')).toBeDisabled();
  await expect(embed.locator('output').filter({ hasText: '1.20' })).toBeVisible();
  await embed.close();
});

test('the preset builder loads the figure it is switched to: its presets, its controls and its link', async ({ page }) => {
  await page.goto('/instructors/');
  const builder = page.locator('#builder');
  await builder.scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(builder.getByRole('button', { name: 'Steps too long' })).toBeVisible();
  await builder.getByLabel('Widget').selectOption('race');
  await expect(builder.getByRole('button', { name: 'Ravine: everyone' })).toBeVisible();
  await expect(builder.getByRole('button', { name: 'Steps too long' })).toHaveCount(0);
  await builder.getByRole('button', { name: 'Ravine: everyone' }).click();
  await expect(builder.getByTestId('embed-url')).toHaveValue(/\/embed\/race\/\?s=ravine&/);
  await builder.getByLabel('Widget').selectOption('hiker');
  await expect(builder.getByTestId('embed-url')).toHaveValue(/\/embed\/hiker\/$/);
});

test('presentation mode shows one figure at a time and moves with the arrow keys', async ({ page }) => {
  // A screen tall enough for the slide at full size: there its buttons are 44 px
  // (a slide zoomed to fit a shorter screen shows them smaller; present.spec.ts).
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.goto('/present/learning-rate/1/');
  await hydrated(page);
  await expect(page.locator('figure.figure')).toHaveCount(1);
  await expect(page.getByLabel('Figure 1 of 4')).toBeVisible();
  const first = await page.locator('figure.figure').getAttribute('data-widget');
  await page.locator('body').press('ArrowRight');
  await page.waitForURL(/\/present\/learning-rate\/2\/$/);
  expect(await page.locator('figure.figure').getAttribute('data-widget')).not.toBe(first);
  const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  // Buttons shown, that is: a figure without a Code mapping keeps its Code button hidden.
  const minButton = await page.locator('.figure button').evaluateAll((bs) => Math.min(...bs.filter((b) => b.getClientRects().length > 0).map((b) => b.getBoundingClientRect().height)));
  expect(minButton).toBeGreaterThanOrEqual(44);
});

test('printing a chapter prints each figure as a static picture with its settings, a link back and a QR code', async ({ page }) => {
  await page.goto('/chapters/intuition/?hiker.lr=0.5');
  const fig = page.locator('figure#hiker');
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const print = fig.locator('.print-state');
  await expect(print).toBeVisible();
  await expect(print).toContainText('Step size α 0.50');
  await expect(print).toContainText(/This state: http:\/\/127\.0\.0\.1:\d+\/chapters\/intuition\/\?hiker\.lr=0\.5#hiker/);
  await expect(print.locator('.qr svg')).toBeVisible();
  await expect(fig.locator('.controls')).toBeHidden();
  await expect(fig.locator('.tools')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(print).toBeHidden();
});
