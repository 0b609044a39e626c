import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

async function open(page: Page, figure: string, query = '') {
  await page.goto(`/chapters/variants/${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

test.describe('Figure 4.1, regression', () => {
  test('the first frame: the penguins, credited, and the closed-form line', async ({ page }) => {
    const fig = await open(page, 'regression');
    await expect(fig).toContainText('Palmer penguins');
    await expect(fig).toContainText('vega-datasets');
    await expect(fig.getByTestId('readout')).toContainText('Closed form: mass = 49.7 g/mm × flipper − 5781 g');
    await expect(fig.getByTestId('summary')).toContainText('within 0.001 at step 36');
  });

  test('playing moves the line on the scatter and the point on the map together', async ({ page }) => {
    const fig = await open(page, 'regression');
    const line = fig.getByTestId('fit-line');
    const y1 = await line.getAttribute('y1');
    await fig.locator('input[data-name="scrub"]').fill('60');
    await expect(fig.getByTestId('summary')).toContainText('Step 60 of 60');
    expect(await line.getAttribute('y1')).not.toBe(y1);
    await expect(fig.getByTestId('readout')).toContainText('Now: mass = 49.7 g/mm × flipper − 578');
  });

  test('the start can be dragged and moved with the arrow keys', async ({ page }) => {
    const fig = await open(page, 'regression');
    const handle = fig.getByRole('slider', { name: 'Start (a, b)' });
    const x0 = Number(await handle.getAttribute('data-x'));
    await handle.focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(Number(await handle.getAttribute('data-x'))).toBeGreaterThan(x0);
    const path = fig.getByTestId('run-path');
    const before = await path.getAttribute('d');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 120, { steps: 5 });
    await page.mouse.up();
    expect(await path.getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/regression\.p0=/);
  });

  test('the fit-in-five exercise accepts α = 0.5 from a deep link; α above 1 diverges', async ({ page }) => {
    const fig = await open(page, 'regression', '?regression.lr=0.5');
    await expect(fig.getByTestId('summary')).toContainText('within 0.001 at step 1');
    const ex = page.locator('#ex-fit-fast');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Well done');
    await fig.locator('input[data-name="lr"]').fill('1000');
    await expect(fig.getByTestId('summary')).toContainText('diverged');
    await expect(fig.getByTestId('summary')).not.toContainText('NaN');
  });
});

test.describe('Figure 4.2, feature-scaling', () => {
  test('raw units leave the slope 19.9% off; standardised is exact; more steps change both paths', async ({ page }) => {
    const fig = await open(page, 'feature-scaling');
    await expect(fig.getByTestId('left-raw')).toContainText('19.9%');
    await expect(fig.getByTestId('summary')).toContainText('condition number 8.3 million');
    const path = fig.locator('[data-panel="raw"] [data-testid="run-path"]');
    const before = await path.getAttribute('d');
    await fig.locator('input[data-name="fraction"]').fill('0.3');
    expect(await path.getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/feature-scaling\.f=0\.3\b/);
  });
});

test.describe('Figure 4.3, batch-variants', () => {
  test('counts updates per variant; the batch slider and the seed change the noise, the same link replays it', async ({ page }) => {
    const fig = await open(page, 'batch-variants');
    await expect(fig.locator('[data-row="batch"]')).toContainText('2');
    await expect(fig.locator('[data-row="mini"] td').first()).toHaveText('22');
    await expect(fig.locator('[data-row="sgd"] td').first()).toHaveText('684');
    const mini = fig.locator('[data-variant="mini"]');
    const before = await mini.getAttribute('d');
    await fig.locator('input[data-name="batch"]').fill('8');
    await expect(fig.locator('[data-row="mini"] td').first()).toHaveText('86');
    expect(await mini.getAttribute('d')).not.toBe(before);
    const sgd = fig.locator('[data-variant="sgd"]');
    const s1 = await sgd.getAttribute('d');
    await fig.locator('input[data-name="seed"]').fill('8');
    await expect.poll(() => sgd.getAttribute('d')).not.toBe(s1);
    const summary = await fig.getByTestId('summary').textContent();
    await expect(page).toHaveURL(/batch-variants\.seed=8/);
    const fresh = await page.context().newPage();
    await fresh.goto(page.url());
    const f2 = fresh.locator('figure#batch-variants');
    await f2.scrollIntoViewIfNeeded();
    await hydrated(fresh);
    await expect(f2.getByTestId('summary')).toHaveText(summary!);
    await fresh.close();
  });

  test('the decay switch and more epochs let SGD settle, which the exercise checks', async ({ page }) => {
    const fig = await open(page, 'batch-variants', '?batch-variants.ep=5');
    const ex = page.locator('#ex-sgd-settle');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Not yet');
    await fig.getByRole('switch', { name: /Decay/ }).check();
    await expect(fig.getByTestId('summary')).toContainText('decaying like 1/(1 + epoch)');
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Well done');
  });
});

test.describe('Figure 4.4, gradient-noise', () => {
  test('a bigger batch tightens the cloud and moves the marker down the 1/√B curve', async ({ page }) => {
    const fig = await open(page, 'gradient-noise');
    await expect(fig.getByTestId('summary')).toContainText('σ/√B predicts 2.110');
    const now = fig.getByTestId('spread-now');
    const cy = Number(await now.getAttribute('cy'));
    const dots = await fig.getByTestId('gradient-dots').getAttribute('d');
    await fig.locator('input[data-name="batch"]').fill('64');
    expect(Number(await now.getAttribute('cy'))).toBeGreaterThan(cy);
    expect(await fig.getByTestId('gradient-dots').getAttribute('d')).not.toBe(dots);
    await expect(fig.getByTestId('summary')).toContainText('size B = 64');
  });

  test('a deep link restores the batch size', async ({ page }) => {
    const fig = await open(page, 'gradient-noise', '?gradient-noise.B=342');
    await expect(fig.getByTestId('summary')).toContainText('without replacement from 342 penguins, 0.000');
  });
});

test('the typed exercises check κ and the batch factor', async ({ page }) => {
  await page.goto('/chapters/variants/');
  const ex = page.locator('#ex-quarter-noise');
  await ex.scrollIntoViewIfNeeded();
  await hydrated(page);
  await ex.getByRole('textbox').fill('16');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
});
