import { test, expect, hydrated } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PAGE = '/chapters/local-minima/';

async function open(page: Page, figure: string, query = ''): Promise<Locator> {
  await page.goto(`${PAGE}${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const summary = (fig: Locator) => fig.getByTestId('summary');
const pathD = async (fig: Locator) => (await fig.getByTestId('run-path').first().getAttribute('d')) ?? '';

test.describe('two wells (figure 6.1)', () => {
  test('the default start (1.6, 0) ends in the worse, right-hand minimum, as the caption says', async ({ page }) => {
    const fig = await open(page, 'two-wells');
    await expect(summary(fig)).toContainText('After 32 steps gradient descent ends at the right-hand local minimum (0.96, 0), loss 0.294');
    await expect(summary(fig)).toContainText("global minimum's −0.305");
    const caption = fig.locator('.caption');
    await expect(caption).toContainText('(1.6, 0)');
    await expect(caption).toContainText('α = 0.05');
    await expect(caption).toContainText('32 steps');
    await expect(caption).toContainText('(0.96, 0), loss 0.294');
    await expect(caption).toContainText('−0.305');
  });

  test('moving the start across the ridge with the keyboard finds the global minimum; the path is redrawn', async ({ page }) => {
    const fig = await open(page, 'two-wells');
    const before = await pathD(fig);
    const handle = fig.getByRole('slider', { name: 'Start point' });
    await handle.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowLeft');
    await expect(summary(fig)).toContainText('ends at the global minimum (−1.04, 0)');
    expect(await pathD(fig)).not.toBe(before);
    // The exercise checked against this figure now passes.
    const ex = page.locator('#ex-find-global');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Yes');
  });

  test('a mouse drag on the map moves the start', async ({ page }) => {
    const fig = await open(page, 'two-wells');
    const handle = fig.getByRole('slider', { name: 'Start point' });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 250, box.y + box.height / 2 - 40, { steps: 6 });
    await page.mouse.up();
    await expect(summary(fig)).toContainText('global minimum (−1.04, 0)');
    await expect(page).toHaveURL(/two-wells\.s=/);
  });

  test('a deep link to the start (1, 0) shows the negative gradient (−0.3, 0) in the side view', async ({ page }) => {
    const fig = await open(page, 'two-wells', '?two-wells.s=1,0');
    await fig.locator('input[data-name="scrub"]').fill('0');
    await expect(summary(fig)).toContainText('At step 0, point (1.00, 0.00), the negative gradient is (−0.300, 0.000)');
    await expect(fig.getByTestId('neg-grad-note')).toContainText('−0.300');
    const arrow = fig.getByTestId('neg-grad').locator('line');
    const x1 = Number(await arrow.getAttribute('x1'));
    const x2 = Number(await arrow.getAttribute('x2'));
    expect(x2).toBeLessThan(x1); // it points left, towards the local minimum at 0.96
  });

  test('the find-global exercise: a first step that jumps the ridge (α = 0.1 from x = 1.9) does not count', async ({ page }) => {
    const fig = await open(page, 'two-wells', '?two-wells.s=1.9,0&two-wells.lr=0.1');
    await expect(summary(fig)).toContainText('ends at the global minimum (−1.04, 0)');
    const ex = page.locator('#ex-find-global');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Not yet');
    await expect(ex.getByTestId('feedback')).toContainText('keep α at or below 0.05');
    await expect(ex.getByTestId('feedback')).toContainText('its own side of the ridge');
  });

  test('long steps (α = 0.15) hop the ridge, as the prose says', async ({ page }) => {
    const fig = await open(page, 'two-wells', '?two-wells.lr=0.15');
    await expect(summary(fig)).toContainText('global minimum (−1.04, 0)');
  });
});

test.describe('basins of attraction (figure 6.2)', () => {
  test('computes the map in workers, then recomputes when the optimizer changes', async ({ page }) => {
    const fig = await open(page, 'basins');
    await expect(summary(fig)).toContainText(/done in [\d.]+ s \((worker|\d workers)\)/, { timeout: 30_000 });
    await expect(summary(fig)).toContainText('Himmelblau, Gradient descent');
    // The borders are run again from 4 x 4 sub-starts: the 128-cell map is drawn as a 512-px picture, not in 4-px stairs.
    await expect(summary(fig)).toContainText('cells on a border were run again from 4 × 4 starts');
    const img = fig.getByTestId('basin-image');
    const size = await img.evaluate(async (el) => {
      const pic = new Image();
      pic.src = el.getAttribute('href') ?? '';
      await pic.decode();
      return [pic.naturalWidth, pic.naturalHeight];
    });
    expect(size).toEqual([512, 512]);
    const first = await img.getAttribute('href');
    await fig.locator('select[data-name="opt"]').selectOption('momentum');
    await expect(summary(fig)).toContainText('Momentum (β = 0.9)');
    await expect(summary(fig)).toContainText('done in', { timeout: 30_000 });
    await expect.poll(async () => img.getAttribute('href')).not.toBe(first);
  });

  test('shares the map between one worker per core (at most 4), and terminates them all when a setting changes', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 3 }));
    const started: { name: string; closed: boolean }[] = [];
    page.on('worker', (w) => {
      const entry = { name: w.url(), closed: false };
      started.push(entry);
      w.on('close', () => (entry.closed = true));
    });
    // The heaviest map (Adam at the smallest rate rarely settles): still running when the setting changes.
    const fig = await open(page, 'basins', '?basins.opt=adam&basins.lr=0.001&basins.n=256&basins.k=300');
    await expect(fig.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => started.length).toBe(3);
    // A new setting while the job runs: the three workers go, three new ones come.
    await expect(summary(fig)).toContainText('Computing the 256 × 256 map');
    await fig.locator('select[data-name="opt"]').selectOption('gd');
    await expect.poll(() => started.slice(0, 3).every((w) => w.closed), { timeout: 10_000 }).toBe(true);
    await expect(summary(fig)).toContainText('(3 workers)', { timeout: 30_000 });
    expect(started).toHaveLength(6);
    // Done: every worker has been terminated.
    await expect.poll(() => started.every((w) => w.closed), { timeout: 10_000 }).toBe(true);
    await expect(fig.getByTestId('basin-progress')).toHaveAttribute('value', '1');
  });

  test('a new computation can be stopped, and started again', async ({ page }) => {
    // Workers that never answer keep the job running for as long as the test needs
    // (real ones now finish a 256 × 256 map in a fraction of a second).
    await page.addInitScript(() => {
      class Silent {
        onmessage: unknown = null;
        onerror: unknown = null;
        postMessage(): void {}
        terminate(): void {}
        addEventListener(): void {}
        removeEventListener(): void {}
      }
      (window as unknown as { Worker: unknown }).Worker = Silent;
    });
    const fig = await open(page, 'basins', '?basins.opt=adam&basins.lr=0.05&basins.n=256&basins.k=300');
    await expect(fig.getByRole('button', { name: 'Stop' })).toBeVisible({ timeout: 10_000 });
    await fig.getByRole('button', { name: 'Stop' }).click();
    await expect(summary(fig)).toContainText('Stopped at');
    await fig.getByRole('button', { name: 'Compute again' }).click();
    await expect(summary(fig)).toContainText('Computing');
  });

  test('falls back to the main thread when workers cannot start (as from file://)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function Blocked() {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    const fig = await open(page, 'basins', '?basins.n=64');
    await expect(summary(fig)).toContainText('(main thread)', { timeout: 30_000 });
    await expect(fig.getByTestId('basin-progress')).toHaveAttribute('value', '1');
  });

  test('a deep link picks surface and optimizer; the probe follows the arrow keys', async ({ page }) => {
    const fig = await open(page, 'basins', '?basins.f=two-well&basins.opt=momentum&basins.lr=0.05');
    await expect(summary(fig)).toContainText('Two wells, Momentum (β = 0.9), α = 0.05');
    const before = await pathD(fig);
    await fig.getByRole('slider', { name: 'Probe start' }).focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => pathD(fig)).not.toBe(before);
  });
});

test.describe('saddle (figure 6.3)', () => {
  test('steps shrink near the saddle and grow as the path escapes at step 53, as the prose says', async ({ page }) => {
    const fig = await open(page, 'saddle');
    await expect(summary(fig)).toContainText('leaves the map at step 53');
    const before = await pathD(fig);
    await fig.getByRole('slider', { name: 'Start point' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Further from the stable line: it escapes sooner.
    await expect(summary(fig)).not.toContainText('step 53');
    expect(await pathD(fig)).not.toBe(before);
  });

  test('switching to the monkey saddle and to Adam changes the run; a deep link restores it', async ({ page }) => {
    const fig = await open(page, 'saddle');
    await fig.locator('select[data-name="surface"]').selectOption('monkey-saddle');
    await expect(summary(fig)).toContainText('Monkey saddle, start (1.20, 0.01)');
    await fig.locator('select[data-name="opt"]').selectOption('adam');
    await expect(page).toHaveURL(/saddle\.opt=adam/);
    const text = await summary(fig).textContent();
    const fresh = await open(page, 'saddle', new URL(page.url()).search);
    await expect(summary(fresh)).toHaveText(text!);
  });
});

test.describe('random restarts (figure 6.4)', () => {
  test('reads p and the restarts needed, as the prose says; N and the seed redraw the runs', async ({ page }) => {
    const fig = await open(page, 'restarts');
    await expect(summary(fig)).toContainText('p ≈ 0.62');
    await expect(summary(fig)).toContainText('95% needs 4 restarts');
    await fig.locator('input[data-name="n"]').fill('1');
    await expect(summary(fig)).toContainText('1 random start (seed 1)');
    const before = await pathD(fig);
    await fig.locator('input[data-name="seed"]').fill('7');
    await expect(summary(fig)).toContainText('(seed 7)');
    expect(await pathD(fig)).not.toBe(before);
  });

  test('a deep link to Rastrigin shows how small p is there', async ({ page }) => {
    const fig = await open(page, 'restarts', '?restarts.f=rastrigin&restarts.n=20');
    await expect(summary(fig)).toContainText('p ≈ 0.01');
  });
});

test.describe('momentum and noise (figure 6.5)', () => {
  test('gradient descent is stuck, momentum and noise escape, as the caption says; less noise stays stuck', async ({ page }) => {
    const fig = await open(page, 'escape');
    await expect(summary(fig)).toContainText('Gradient descent ends stuck in the dip at x = −0.92');
    await expect(summary(fig)).toContainText('Momentum, β = 0.90 ends over the rim');
    await expect(summary(fig)).toContainText('Noisy gradients, σ = 2.0 ends over the rim');
    await fig.locator('input[data-name="sigma"]').fill('0.5');
    await expect(summary(fig)).toContainText('Noisy gradients, σ = 0.5 ends stuck in the dip');
  });

  test('the exercise: β = 0.87 still carries through, β = 0.86 does not', async ({ page }) => {
    const fig = await open(page, 'escape');
    await fig.locator('input[data-name="beta"]').fill('0.86');
    await expect(summary(fig)).toContainText('β = 0.86 ends stuck in the dip');
    await fig.locator('input[data-name="beta"]').fill('0.87');
    await expect(summary(fig)).toContainText('β = 0.87 ends over the rim');
  });

  test('predict, then run: the exercise sets β = 0.8 in the figure, which shows the run stuck in the dip; a wrong prediction is told so', async ({ page }) => {
    const fig = await open(page, 'escape');
    const ex = page.locator('#ex-carry-through');
    await ex.scrollIntoViewIfNeeded();
    // The exercise is an island too: it answers once hydrated.
    await hydrated(page);
    const run = ex.getByRole('button', { name: 'Commit and run the figure' });
    await run.click();
    await expect(ex.getByTestId('feedback')).toContainText('Pick one of the answers first');
    await ex.getByLabel('It still climbs over the rim into the main valley').check();
    await run.click();
    await expect(ex.getByTestId('feedback')).toContainText('Not what happened');
    await expect(summary(fig)).toContainText('β = 0.80 ends stuck in the dip');
    await expect(page).toHaveURL(/escape\.b=0\.8/);
    // Another prediction, another run.
    await ex.getByLabel('It stops in the dip').check();
    await ex.getByRole('button', { name: 'Commit and run the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Right: the figure above, now set to this exercise, shows it');
  });

  test('a deep link reproduces the noisy run', async ({ page }) => {
    const fig = await open(page, 'escape', '?escape.seed=3&escape.sd=1');
    await expect(fig.locator('output').filter({ hasText: /^1\.0$/ })).toBeVisible();
    await expect(summary(fig)).toContainText('σ = 1.0');
  });
});

test.describe('exercises', () => {
  test('restarts for 95% with p = 0.3 is 9; the saddle question has one right answer', async ({ page }) => {
    await page.goto(PAGE);
    await hydrated(page);
    const typed = page.locator('#ex-restarts-95');
    await typed.scrollIntoViewIfNeeded();
    await hydrated(page);
    await typed.getByRole('textbox').fill('8');
    await typed.getByRole('button', { name: 'Check' }).click();
    await expect(typed.getByTestId('feedback')).toContainText('too small');
    await typed.getByRole('textbox').fill('9');
    await typed.getByRole('button', { name: 'Check' }).click();
    await expect(typed.getByTestId('feedback')).toContainText('Correct');
    const mc = page.locator('#ex-saddle-choice');
    await mc.scrollIntoViewIfNeeded();
    await hydrated(page);
    await mc.getByRole('radio').nth(1).check();
    await mc.getByRole('button', { name: 'Check' }).click();
    await expect(mc.getByTestId('feedback')).toContainText('Correct');
  });
});
