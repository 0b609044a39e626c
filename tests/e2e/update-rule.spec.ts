import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';

async function open(page: Page, figure: string, query = '') {
  await page.goto(`/chapters/update-rule/${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

test.describe('Figure 2.1, the directional derivative', () => {
  test('the first frame matches the exercise solution: gradient at 122°, slope −9.55 along 0°', async ({ page }) => {
    const fig = await open(page, 'directional-derivative');
    await expect(fig.getByTestId('summary')).toContainText('gradient is (−9.55, 15.15), length 17.91, pointing at 122°');
    await expect(fig.getByTestId('slope')).toHaveText('−9.552');
    await expect(fig.getByTestId('grad-arrow')).toHaveCount(0);
  });

  test('arrow keys on the tip turn the arrow; the slope and the chart marker follow', async ({ page }) => {
    const fig = await open(page, 'directional-derivative');
    const tip = fig.getByTestId('arrow-tip');
    const marker = fig.getByTestId('slope-marker');
    const cx0 = Number(await marker.getAttribute('cx'));
    await tip.focus();
    await page.keyboard.press('ArrowRight');
    await expect(tip).toHaveAttribute('aria-valuenow', '-5');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(tip).toHaveAttribute('aria-valuenow', '-20');
    expect(Number(await marker.getAttribute('cx'))).toBeLessThan(cx0);
    await expect(fig.getByTestId('slope')).not.toHaveText('−9.552');
  });

  test('dragging the tip turns the arrow towards the pointer', async ({ page }) => {
    const fig = await open(page, 'directional-derivative');
    const tip = fig.getByTestId('arrow-tip');
    const box = (await tip.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // The tip is 70 px right of p; drag it to 70 px straight above p: 90°.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 40, y - 50, { steps: 4 });
    await page.mouse.move(x - 70, y - 70, { steps: 4 });
    await page.mouse.up();
    await expect(tip).toHaveAttribute('aria-valuenow', '90');
    await expect(fig.getByTestId('slope')).toHaveText('15.146');
  });

  test('the steepest-descent exercise fails at first and passes at −58° (deep link), where the summary says so', async ({ page }) => {
    await open(page, 'directional-derivative');
    const ex = page.locator('#ex-steepest-arrow');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Not yet');
    const fig = await open(page, 'directional-derivative', '?directional-derivative.a=-58&directional-derivative.g=1#directional-derivative');
    await expect(fig.getByTestId('summary')).toContainText('steepest descent');
    await expect(fig.getByTestId('grad-arrow')).toHaveCount(1);
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Yes');
  });
});

test.describe('Figure 2.2, step by step', () => {
  test('stepping forward and back updates the live formula, the table and the marker', async ({ page }) => {
    const fig = await open(page, 'gd-steps');
    const formula = fig.locator('.live-formula').first();
    await expect(formula).toHaveAttribute('aria-label', /^w 1 equals \(−2\.500, 1\.500\)/);
    await expect(fig.getByTestId('summary')).toContainText('the next step is 2.553 long');
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect(formula).toHaveAttribute('aria-label', /^w 4 equals/);
    await expect(fig.getByTestId('summary')).toContainText('the next step is 0.103 long');
    await expect(fig.locator('tr.current td').first()).toHaveText('3');
    await fig.getByRole('button', { name: 'Step back' }).click();
    await expect(formula).toHaveAttribute('aria-label', /^w 3 equals/);
  });

  test('dragging the start and changing the surface redraw the path', async ({ page }) => {
    const fig = await open(page, 'gd-steps');
    await fig.locator('input[data-name="scrub"]').fill('30');
    const path = fig.getByTestId('run-path');
    const d0 = await path.getAttribute('d');
    const handle = fig.getByRole('slider', { name: 'Start point' });
    await handle.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(fig.getByTestId('summary')).toContainText('start (−1.30, 1.50)');
    await fig.locator('input[data-name="scrub"]').fill('30');
    await expect(path).not.toHaveAttribute('d', d0!);
    await fig.locator('select[data-name="surface"]').selectOption('rosenbrock');
    await expect(fig.getByTestId('summary')).toContainText('Rosenbrock');
    await expect(fig.getByTestId('summary')).toContainText('α = 0.002');
    await expect(page).toHaveURL(/gd-steps\.f=rosenbrock/);
  });

  test('a deep link with too large a learning rate explains the divergence instead of drawing NaN', async ({ page }) => {
    const fig = await open(page, 'gd-steps', '?gd-steps.lr=0.3&gd-steps.n=100#gd-steps');
    await fig.getByRole('button', { name: 'Play' }).click();
    await expect(fig.getByTestId('summary')).toContainText('It diverges', { timeout: 15_000 });
    await expect(fig).not.toContainText('NaN');
  });
});

test.describe('Figure 2.3, the neuron', () => {
  test('the worked example: loss 4 → 0 at α = 0.1, and other α undershoot or overshoot', async ({ page }) => {
    const fig = await open(page, 'neuron');
    await expect(fig.getByTestId('new-loss')).toHaveText('Loss 4 → 0');
    await expect(fig.getByTestId('summary')).toContainText('w becomes 2.2, b becomes 0.6');
    await expect(fig.locator('[data-node="L"]')).toContainText('4');
    await fig.locator('input[data-name="lr"]').fill('0.2');
    await expect(fig.getByTestId('new-loss')).toHaveText('Loss 4 → 4');
    await expect(fig.getByTestId('summary')).toContainText('overshot');
    const curve = fig.getByRole('slider', { name: /loss-after-one-step/ });
    await curve.focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
    await expect(fig.getByTestId('new-loss')).toHaveText('Loss 4 → 1');
    await expect(fig.getByTestId('summary')).toContainText('too short');
  });

  test('a deep link sets α; the typed exercise accepts 0.1', async ({ page }) => {
    const fig = await open(page, 'neuron', '?neuron.lr=0.15#neuron');
    await expect(fig.getByTestId('new-loss')).toHaveText('Loss 4 → 1');
    const ex = page.locator('#ex-neuron-alpha');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('textbox').fill('0.2');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('too large');
    await ex.getByRole('textbox').fill('0.1');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
  });
});

test.describe('Figure 2.4, simultaneous versus one coordinate at a time', () => {
  test('draws both paths and loss curves; scrubbing and dragging change them', async ({ page }) => {
    const fig = await open(page, 'simultaneous');
    const paths = fig.getByTestId('run-path');
    await expect(paths).toHaveCount(2);
    await expect(fig.getByTestId('summary')).toContainText('they are different algorithms');
    const gd0 = await fig.locator('[data-run="gd"] [data-testid="run-path"]').getAttribute('d');
    await fig.locator('input[data-name="scrub"]').fill('1');
    await expect(fig.getByTestId('summary')).toContainText('After 1 step:');
    await expect(fig.locator('[data-run="gd"] [data-testid="run-path"]')).not.toHaveAttribute('d', gd0!);
    const handle = fig.getByRole('slider', { name: 'Start point of both runs' });
    await handle.focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(fig.getByTestId('summary')).toContainText('both runs from (−2.50, 0.30)');
  });

  test('a deep link picks another surface', async ({ page }) => {
    const fig = await open(page, 'simultaneous', '?simultaneous.f=himmelblau&simultaneous.lr=0.01#simultaneous');
    await expect(fig.getByTestId('summary')).toContainText('Himmelblau');
    await expect(fig.locator('select[data-name="surface"]')).toHaveValue('himmelblau');
  });
});

test('chapter 2 has its exercises, summary and further reading, and the embeds work', async ({ page }) => {
  await page.goto('/chapters/update-rule/');
  await expect(page.locator('section.exercise')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
  await page.goto('/embed/neuron/?lr=0.05');
  await hydrated(page);
  await expect(page.getByTestId('new-loss')).toHaveText('Loss 4 → 1');
  await page.goto('/embed/directional-derivative/?a=90');
  await hydrated(page);
  await expect(page.getByTestId('slope')).toHaveText('15.146');
});
