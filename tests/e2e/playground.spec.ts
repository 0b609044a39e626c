import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

async function open(page: Page, query = '') {
  await page.goto(`/playground/${query}`);
  const fig = page.locator('figure#playground');
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const contours = (fig: ReturnType<Page['locator']>) => fig.locator('.contours path').first().getAttribute('d');

test('typing a function redraws the contours, shows the formula, and writes it into the URL', async ({ page }) => {
  const fig = await open(page);
  const before = await contours(fig);
  const input = fig.getByTestId('playground-input');
  await input.fill('x^2 + 10*y^2');
  await expect(fig.getByTestId('playground-formula')).toHaveText('f(x, y) = x² + 10y²');
  await expect.poll(() => contours(fig)).not.toBe(before);
  await expect(fig.getByTestId('playground-tex')).toContainText('x^{2} + 10');
  await expect(page).toHaveURL(/playground\.f=x%5E2/);
  await expect(fig.getByTestId('playground-error')).toHaveCount(0);
});

const HOSTILE = [
  { src: 'constructor', col: 1 },
  { src: '__proto__', col: 1 },
  { src: 'x.constructor', col: 2 },
  { src: 'alert(1)', col: 1 },
  { src: 'x + toString()', col: 5 },
  { src: `${'x+'.repeat(200)}x`, col: 301 },
];

test('hostile input shows an error at its column, executes nothing, and leaves the last good map', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const fig = await open(page);
  const before = await contours(fig);
  const input = fig.getByTestId('playground-input');
  for (const { src, col } of HOSTILE) {
    await input.fill(src);
    const err = fig.getByTestId('playground-error');
    await expect(err, src).toBeVisible();
    await expect(err, src).toHaveAttribute('data-column', String(col));
    await expect(err, src).toContainText(`column ${col}`);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await contours(fig), src).toBe(before);
  }
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => ({}).constructor === Object && typeof (Object.prototype as Record<string, unknown>)['x'] === 'undefined')).toBe(true);
  // The URL never took the broken text; a good formula clears the error.
  await expect(page).not.toHaveURL(/constructor|alert/);
  await input.fill('x^2 + y^2');
  await expect(fig.getByTestId('playground-error')).toHaveCount(0);
});

test('a broken formula in a link is reported under the input and nothing else breaks', async ({ page }) => {
  const fig = await open(page, `?playground.f=${encodeURIComponent('sin(x) + ) y')}#playground`);
  await expect(fig.getByTestId('playground-input')).toHaveValue('sin(x) + ) y');
  await expect(fig.getByTestId('playground-error')).toHaveAttribute('data-column', '10');
  await expect(fig.getByTestId('playground-caret')).toContainText('^');
  await expect(fig.getByTestId('playground-results').locator('tbody tr')).toHaveCount(3);
  // And said once more where every bad key of a link is: the figure's notice.
  await expect(fig.getByTestId('url-notice')).toContainText('playground.f=sin(x) + ) y');
  await expect(fig.getByTestId('url-notice')).toContainText('not a formula that can be drawn');
});

test('a key without the figure’s name is not read, and the notice says how to write it', async ({ page }) => {
  const fig = await open(page, '?n=50');
  await expect(fig.getByTestId('url-notice')).toContainText('n=50');
  await expect(fig.getByTestId('url-notice')).toContainText('on this page it is playground.n');
});

test('a link reproduces the state: formula, racers, hyperparameters, schedule and start', async ({ page }) => {
  const q = `?playground.f=${encodeURIComponent('x^2 + 3*y^2')}&playground.on=momentum,adam&playground.lra=0.05&playground.sch=cosine&playground.x0=1.5,-2#playground`;
  const fig = await open(page, q);
  await expect(fig.getByTestId('playground-input')).toHaveValue('x^2 + 3*y^2');
  await expect(fig.locator('select[data-name="schedule"]')).toHaveValue('cosine');
  const rows = fig.getByTestId('playground-results').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Adam' })).toContainText('0.0500');
  await expect(fig.getByTestId('summary')).toContainText('from (1.50, −2.00)');
  const summary = await fig.getByTestId('summary').textContent();
  // Copy link: the link shown (clipboard may be blocked) opens the same state.
  await fig.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => (document.querySelector('figure#playground input[aria-label="Link to this state"]') as HTMLInputElement | null)?.value ?? location.href);
  const fig2 = await open(page, new URL(link).search);
  await expect(fig2.getByTestId('summary')).toHaveText(summary ?? '');
});

test('dragging the start with the keyboard moves every path; picking a surface loads it', async ({ page }) => {
  const fig = await open(page);
  const start = fig.getByRole('slider', { name: 'Shared start' });
  const before = await fig.getByTestId('summary').textContent();
  await start.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(fig.getByTestId('summary')).not.toHaveText(before ?? '');
  await fig.locator('select[data-name="surface"]').selectOption('rosenbrock');
  await expect(fig.getByTestId('playground-input')).toHaveCount(0);
  await expect(fig.getByTestId('playground-formula')).toContainText('Rosenbrock');
  await expect(page).toHaveURL(/playground\.s=rosenbrock/);
});

test('a short run’s loss chart counts whole steps: no fractional step ticks', async ({ page }) => {
  const fig = await open(page, '?playground.on=sgd&playground.lrs=10#playground');
  const labels = await fig.locator('.loss-chart [data-axis="bottom"] .tick-label').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(2);
  for (const t of labels) expect(t.replace(/,/g, ''), `tick "${t}"`).toMatch(/^\d+$/);
});

test('the formula the book prints types back in: superscripts, √, |x|, π and true minus signs', async ({ page }) => {
  const fig = await open(page);
  const input = fig.getByTestId('playground-input');
  await input.fill('x^2 + 10*y^2');
  const shown = (await fig.getByTestId('playground-formula').textContent())!.replace(/^f\(x, y\) = /, '');
  expect(shown).toBe('x² + 10y²');
  const before = await contours(fig);
  await input.fill('x^2/4 + y^2');
  await expect.poll(() => contours(fig)).not.toBe(before);
  // What the book printed, pasted back, is the same function: the same map.
  await input.fill(shown);
  await expect(fig.getByTestId('playground-error')).toHaveCount(0);
  await expect.poll(() => contours(fig)).toBe(before);
  await input.fill('|x| + √(y² + 1) − π·x⁻¹ × 0');
  await expect(fig.getByTestId('playground-error')).toHaveCount(0);
  await expect(fig.getByTestId('playground-formula')).toContainText('|x|');
});

test('numbers show in the book’s form; a literal too large to hold is an error, never "Infinity"', async ({ page }) => {
  const fig = await open(page);
  const input = fig.getByTestId('playground-input');
  await input.fill('2e51*x^2 + y^2');
  await expect(fig.getByTestId('playground-formula')).toHaveText('f(x, y) = 2e51x² + y²');
  await input.fill('x^1e400');
  const err = fig.getByTestId('playground-error');
  await expect(err).toContainText('too large');
  await expect(err).toHaveAttribute('data-column', '3');
  await input.fill('1e999*x');
  await expect(err).toHaveAttribute('data-column', '1');
  await expect(fig).not.toContainText('Infinity');
  await expect(fig).not.toContainText('e+');
});

test('a gradient that exists is not reported as not finite: a cone-like bowl started at its minimum', async ({ page }) => {
  const fig = await open(page, `?playground.f=${encodeURIComponent('sqrt(x^4 + y^4)')}&playground.x0=0,0#playground`);
  await expect(fig.getByTestId('summary')).toContainText('from (0.00, 0.00)');
  await expect(fig).not.toContainText('not finite');
  await expect(fig.getByTestId('playground-results')).not.toContainText('diverged');
});
