import { test, expect, hydrated } from './fixtures';
import type { Locator, Page } from '@playwright/test';

async function open(page: Page, figure: string, query = '') {
  await page.goto(`/chapters/learning-rate/${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

/** Set a log-scale slider (1000 positions between min and max) to about `v`. */
async function setLog(fig: Locator, name: string, v: number, min: number, max: number) {
  await fig.locator(`input[data-name="${name}"]`).fill(String(Math.round((1000 * Math.log(v / min)) / Math.log(max / min))));
}

test.describe('Figure 3.1, lr-trio', () => {
  test('the first frame is the seed table: crawls, converges, diverges', async ({ page }) => {
    const fig = await open(page, 'lr-trio');
    await expect(fig.locator('[data-panel="small"]')).toHaveAttribute('data-verdict', 'crawls');
    await expect(fig.locator('[data-panel="good"]')).toHaveAttribute('data-verdict', 'converges');
    await expect(fig.locator('[data-panel="large"]')).toHaveAttribute('data-verdict', 'diverges');
    await expect(fig.getByTestId('summary')).toContainText('diverged at step 1');
    await expect(fig.getByTestId('summary')).not.toContainText('NaN');
  });

  test('sliding the right-hand rate below 2/L tames it and redraws its path', async ({ page }) => {
    const fig = await open(page, 'lr-trio');
    const panel = fig.locator('[data-panel="large"]');
    const before = await panel.getByTestId('run-path').getAttribute('d');
    await setLog(fig, 'large', 0.003, 1e-7, 10);
    await expect(panel).toHaveAttribute('data-verdict', 'zig-zags');
    expect(await panel.getByTestId('run-path').getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/lr-trio\.a3=0\.003/);
  });

  test('playback scrubs every panel to the same step', async ({ page }) => {
    const fig = await open(page, 'lr-trio');
    await fig.locator('input[data-name="scrub"]').fill('3');
    await expect(fig.locator('[data-panel="good"] circle.head')).toHaveAttribute('data-step', '3');
  });

  for (const [width, layout] of [[1280, 'row'], [390, 'column']] as const) {
    test(`at ${width} px the three maps sit in one ${layout === 'row' ? 'row' : 'column, each beside its heading'} (never two and one)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const fig = await open(page, 'lr-trio');
      const boxes = await fig.locator('.panel').evaluateAll((els) =>
        els.map((el) => {
          const map = el.querySelector('svg.base')!.getBoundingClientRect();
          const head = el.querySelector('.head')!.getBoundingClientRect();
          return { x: map.x, y: map.y, mapRight: map.right, headX: head.x, headY: head.y };
        }),
      );
      expect(boxes).toHaveLength(3);
      const [a, b, c] = boxes as [(typeof boxes)[0], (typeof boxes)[0], (typeof boxes)[0]];
      if (layout === 'row') {
        expect(Math.abs(a.y - b.y) + Math.abs(b.y - c.y)).toBeLessThan(2);
        expect(a.x < b.x && b.x < c.x).toBe(true);
      } else {
        expect(Math.abs(a.x - b.x) + Math.abs(b.x - c.x)).toBeLessThan(2);
        expect(a.y < b.y && b.y < c.y).toBe(true);
        // Each heading is to the right of its map, not above it.
        for (const p of boxes) expect(p.headX).toBeGreaterThanOrEqual(p.mapRight - 1);
      }
    });
  }

  test('a deep link restores the rates', async ({ page }) => {
    const fig = await open(page, 'lr-trio', '?lr-trio.a2=0.0041');
    await expect(fig.locator('[data-panel="good"]')).toHaveAttribute('data-verdict', 'diverges');
  });
});

test.describe('Figure 3.2, critical-lr', () => {
  test('past 2/L the path diverges and the summary explains why, without NaN', async ({ page }) => {
    const fig = await open(page, 'critical-lr');
    await expect(fig.getByTestId('regime')).toHaveAttribute('data-regime', 'monotone');
    const dot = fig.getByTestId('rate-now');
    const cx = Number(await dot.getAttribute('cx'));
    await setLog(fig, 'lr', 0.35, 0.005, 2.5);
    await expect(fig.getByTestId('regime')).toHaveAttribute('data-regime', 'diverging');
    await expect(fig.getByTestId('summary')).toContainText('above 2/L = 0.333');
    await expect(fig.getByTestId('summary')).not.toContainText('NaN');
    expect(Number(await dot.getAttribute('cx'))).toBeGreaterThan(cx);
  });

  test('between 1/L and 2/L it zig-zags; the curvature slider moves 2/L', async ({ page }) => {
    const fig = await open(page, 'critical-lr');
    await setLog(fig, 'lr', 0.3, 0.005, 2.5);
    await expect(fig.getByTestId('regime')).toHaveAttribute('data-regime', 'oscillating');
    await fig.locator('input[data-name="L"]').fill('12');
    await expect(fig.getByTestId('two-over-L')).toHaveText('0.167');
    await expect(fig.getByTestId('regime')).toHaveAttribute('data-regime', 'diverging');
  });

  test('the ten-steps exercise refuses the default and accepts α near 2/(L+λₘᵢₙ)', async ({ page }) => {
    const fig = await open(page, 'critical-lr');
    const ex = page.locator('#ex-under-ten');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Not yet');
    await setLog(fig, 'lr', 0.25, 0.005, 2.5);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Well done');
  });

  test('a run that leaves the map at once says so in the singular: after 1 step', async ({ page }) => {
    const fig = await open(page, 'critical-lr', '?critical-lr.lr=2.5&critical-lr.L=20');
    await expect(fig.getByTestId('summary')).toContainText('after 1 step it left the map');
    await expect(fig.getByTestId('summary')).not.toContainText('1 steps');
  });

  test('a deep link restores α and the curvature', async ({ page }) => {
    const fig = await open(page, 'critical-lr', '?critical-lr.lr=0.3&critical-lr.k=2');
    await expect(fig.getByTestId('regime')).toHaveAttribute('data-regime', 'oscillating');
    await expect(fig.getByTestId('summary')).toContainText('λₘᵢₙ = 3.00');
  });
});

test.describe('Figure 3.3, stopping', () => {
  test('each rule marks where it stops; noise makes patience fire', async ({ page }) => {
    const fig = await open(page, 'stopping');
    await expect(fig.locator('[data-marker="loss"]')).toHaveAttribute('data-step', '80');
    await expect(fig.locator('[data-marker="grad"]')).toHaveAttribute('data-step', '108');
    await expect(fig.locator('[data-marker="patience"]')).toHaveCount(0);
    await expect(fig.locator('[data-outcome="patience"]')).toContainText('never fired');
    await fig.locator('input[data-name="noise"]').fill('0.1');
    await expect(fig.locator('[data-marker="patience"]')).toHaveCount(1);
    await expect(fig.locator('[data-outcome="patience"]')).toContainText('had not improved for 10 steps');
  });

  test('patience on the training loss is not called early stopping, in the figure or beside it', async ({ page }) => {
    const fig = await open(page, 'stopping');
    await expect(fig).not.toContainText(/early stopping/i);
    await expect(fig.getByTestId('summary')).not.toContainText(/early stopping/i);
    const section = page.locator('main');
    await expect(section).not.toContainText('(early stopping)');
    await expect(section).toContainText('Early stopping watches the loss on held-out validation data');
  });

  test('a looser tolerance stops earlier; deep links restore it', async ({ page }) => {
    const fig = await open(page, 'stopping', '?stopping.tl=0.01');
    const step = Number(await fig.locator('[data-marker="loss"]').getAttribute('data-step'));
    expect(step).toBeLessThan(80);
  });
});

test.describe('Figure 3.4, schedules', () => {
  test('choosing a schedule redraws α(t) and the run', async ({ page }) => {
    const fig = await open(page, 'schedules');
    await expect(fig.getByTestId('summary')).toContainText('Cosine annealing from α₀ = 0.30');
    const path = fig.locator('[data-run="schedule"] [data-testid="run-path"]');
    const before = await path.getAttribute('d');
    await fig.locator('select[data-name="kind"]').selectOption('step');
    await expect(fig.getByTestId('summary')).toContainText('Step decay');
    await expect(fig.getByTestId('summary')).toContainText('StepLR');
    expect(await path.getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/schedules\.s=step/);
  });

  test('on the bowl with steep walls a constant α₀ diverges at step 3 and warm-up survives, said and drawn', async ({ page }) => {
    const fig = await open(page, 'schedules');
    const flatPath = fig.locator('[data-run="constant"] [data-testid="run-path"]');
    const before = await flatPath.getAttribute('d');
    await fig.locator('select[data-name="surface"]').selectOption('steep');
    await expect(fig.getByTestId('summary')).toContainText('It diverged at step 3: its first steps at α = 0.30 were too long for the steep walls where it starts.');
    await fig.locator('select[data-name="kind"]').selectOption('linear-warmup');
    const summary = fig.getByTestId('summary');
    await expect(summary).toContainText('Linear warm-up from α₀ = 0.30 over 150 steps on the bowl with steep outer walls');
    await expect(summary).toContainText('while with α held at α₀ the run diverged at step 3');
    await expect(summary).not.toContainText('NaN');
    await expect(fig.getByTestId('schedule-formula')).toContainText('warm-up begins small');
    expect(await flatPath.getAttribute('d')).not.toBe(before);
    await expect(page).toHaveURL(/schedules\.surf=steep/);
  });

  test('predict, then run: the warm-up exercise wakes the figure from afar, sets the steep walls and both runs, and confirms the right prediction', async ({ page }) => {
    await page.goto('/chapters/learning-rate/');
    const ex = page.locator('#ex-warm-up');
    await ex.scrollIntoViewIfNeeded();
    // The exercise is an island too: it answers once hydrated.
    await hydrated(page);
    await ex.getByLabel('Held at α₀ it diverges; warmed up, it settles').check();
    await ex.getByRole('button', { name: 'Commit and run the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Right: the figure above, now set to this exercise, shows it');
    const fig = page.locator('figure#schedules');
    await expect(fig.getByTestId('summary')).toContainText('while with α held at α₀ the run diverged at step 3');
  });

  test('the settle exercise accepts step decay; a deep link restores the schedule', async ({ page }) => {
    await open(page, 'schedules', '?schedules.s=step');
    const ex = page.locator('#ex-settle');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Well done');
  });
});

test('the typed exercise checks 2/L', async ({ page }) => {
  await page.goto('/chapters/learning-rate/');
  const ex = page.locator('#ex-two-over-l');
  await ex.scrollIntoViewIfNeeded();
  await hydrated(page);
  await ex.getByRole('textbox').fill('0.25');
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
});
