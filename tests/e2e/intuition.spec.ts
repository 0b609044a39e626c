import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

async function open(page: Page, figure: string, query = '') {
  await page.goto(`/chapters/intuition/${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

test.describe('Figure 1.2, the volcano', () => {
  test('the first frame matches the prose: into the crater in 25 steps, 148 m', async ({ page }) => {
    const fig = await open(page, 'volcano');
    await expect(fig.getByTestId('summary')).toContainText('(210 m, 300 m), 184 m up');
    await expect(fig.getByTestId('summary')).toContainText('stops after 25 steps at 148 m');
    await expect(fig.getByTestId('summary')).toContainText('crater');
    await expect(fig).toContainText("R's volcano data set");
    await expect(fig).toContainText('vega-datasets');
    // The elevation profile's axis fits the walk (184 m down to 148 m), not 0 to 184 m.
    const ticks = (await fig.locator('.loss-chart [data-axis="left"] text').allTextContents()).map(Number).filter((v) => Number.isFinite(v));
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.min(...ticks)).toBeGreaterThan(100);
    expect(Math.max(...ticks)).toBeLessThan(200);
  });

  test('dragging the start redraws the path and writes the URL', async ({ page }) => {
    const fig = await open(page, 'volcano');
    const path = fig.getByTestId('run-path');
    const before = await path.getAttribute('d');
    const handle = fig.getByRole('slider', { name: "Hiker's starting point" });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 120, { steps: 6 });
    await page.mouse.up();
    await expect(path).not.toHaveAttribute('d', before!);
    await expect(fig.getByTestId('summary')).not.toContainText('(210 m, 300 m)');
    await expect(page).toHaveURL(/volcano\.s=\d+%2C\d+|volcano\.s=\d+,\d+/);
  });

  test('arrow keys move the start 10 m; playback scrubs the walk; the step size changes it', async ({ page }) => {
    const fig = await open(page, 'volcano');
    const handle = fig.getByRole('slider', { name: "Hiker's starting point" });
    await handle.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(handle).toHaveAttribute('data-y', '280');
    await expect(fig.getByTestId('summary')).toContainText('(210 m, 280 m)');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(handle).toHaveAttribute('data-x', '310');

    await fig.getByRole('button', { name: 'Reset' }).click();
    await fig.locator('input[data-name="scrub"]').fill('5');
    await expect(fig.getByTestId('summary')).toContainText('Step 5:');
    const d = await fig.getByTestId('run-path').getAttribute('d');
    await fig.locator('input[data-name="lr"]').fill('1000');
    await expect(fig.locator('output').filter({ hasText: '400' })).toBeVisible();
    await expect(fig.getByTestId('summary')).toContainText('walks off the edge of the map');
    await expect(fig.getByTestId('run-path')).not.toHaveAttribute('d', d!);
  });

  test('a deep link restores the start, and the crater exercise checks the figure', async ({ page }) => {
    const fig = await open(page, 'volcano', '?volcano.s=300,150#volcano');
    await expect(fig.getByTestId('summary')).toContainText('(300 m, 150 m), 179 m up');
    await expect(fig.getByTestId('summary')).toContainText('stops after 69 steps at 110 m');
    const ex = page.locator('#ex-leave-the-crater');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Yes');
  });

  test('the crater exercise refuses the default start', async ({ page }) => {
    await open(page, 'volcano');
    const ex = page.locator('#ex-leave-the-crater');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('lower than 115 m');
  });
});

test.describe('Figure 1.3, the cost of brute force', () => {
  test('starts at 100 points and grows to 10^1000 at d = 1000', async ({ page }) => {
    const fig = await open(page, 'grid-cost');
    await expect(fig.getByTestId('grid-count')).toHaveText('100');
    const bar = fig.getByTestId('grid-bar');
    const w0 = Number(await bar.getAttribute('width'));
    await fig.locator('input[data-name="d"]').fill('1000');
    await expect(fig.getByTestId('grid-count')).toHaveText('10^1000');
    await expect(fig.getByTestId('summary')).toContainText('times the age of the universe');
    expect(Number(await bar.getAttribute('width'))).toBeGreaterThan(w0);
    // Gradient descent's cost does not move with d.
    await expect(fig.getByTestId('gd-count')).toHaveText('3,000');
  });

  test('keyboard on the d slider and the k slider change the count', async ({ page }) => {
    const fig = await open(page, 'grid-cost');
    const d = fig.locator('input[data-name="d"]');
    await d.focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    await expect(fig.getByTestId('summary')).not.toContainText('d = 2 parameters');
    await fig.locator('input[data-name="k"]').fill('2');
    await expect(fig.getByTestId('summary')).toContainText('k = 2 values');
  });

  test('deep links reproduce the counts quoted in the prose: 10 weights, 10^10', async ({ page }) => {
    const fig = await open(page, 'grid-cost', '?grid-cost.d=10#grid-cost');
    await expect(fig.getByTestId('grid-count')).toHaveText('10^10');
    await expect(fig.getByTestId('summary')).toContainText('takes 10 seconds');
  });

  test('the grid-count exercise accepts 4^15', async ({ page }) => {
    await open(page, 'grid-cost');
    const ex = page.locator('#ex-grid-count');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('textbox').fill('1.07e9');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
  });
});

test('the chapter has its exercises, a summary and further reading', async ({ page }) => {
  await page.goto('/chapters/intuition/');
  await expect(page.locator('section.exercise')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
  await expect(page.locator('a[href="https://arxiv.org/abs/1609.04747"]')).toHaveCount(1);
});

test('the embed pages show the chapter 1 widgets', async ({ page }) => {
  await page.goto('/embed/volcano/?lr=40&hide=lr');
  await hydrated(page);
  await expect(page.locator('input[data-name="lr"]')).toHaveCount(0);
  await expect(page.getByTestId('summary')).toContainText('α = 40');
  await page.goto('/embed/grid-cost/?d=1000');
  await hydrated(page);
  await expect(page.getByTestId('grid-count')).toHaveText('10^1000');
});

test('an exercise checked against a figure the reader has not scrolled past loads the figure and answers', async ({ page }) => {
  // A short window and a link straight to the exercise: the hiker figure above it never came into view.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('/chapters/intuition/?hiker.x0=0.5&hiker.lr=0.3#ex-reach-the-valley');
  const ex = page.locator('#ex-reach-the-valley');
  await expect(ex).toBeInViewport();
  const island = page.locator('astro-island:has(figure#hiker)');
  await expect(island).toHaveAttribute('ssr', '');
  await expect(page.locator('figure#hiker')).not.toBeInViewport();
  await ex.getByRole('button', { name: 'Check the figure' }).click();
  await expect(ex.getByTestId('feedback')).toHaveText('Yes — the figure shows it. Well done.');
  // The figure hydrated where it is, without the page scrolling to it.
  await expect(island).not.toHaveAttribute('ssr', '');
  await expect(ex).toBeInViewport();
});

test('the hiker with steps too long leaps back and forth and never settles, and the summary says the leaps stay bounded', async ({ page }) => {
  await page.goto('/chapters/intuition/?hiker.lr=1.5#hiker');
  const fig = page.locator('figure#hiker');
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  const toEnd = async () => {
    await fig.locator('.playback input[type="range"]').focus();
    await page.keyboard.press('End');
  };
  await toEnd();
  const summary = fig.getByTestId('summary');
  await expect(summary).toContainText('never stops');
  await expect(summary).toContainText('The leaps do not grow');
  await expect(summary).not.toContainText('leave the trail');
  // At the default step it settles, and says nothing of the kind.
  await page.goto('/chapters/intuition/#hiker');
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  await toEnd();
  await expect(summary).toContainText('After 40 steps');
  await expect(summary).not.toContainText('never stops');
});
