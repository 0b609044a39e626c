import { test, expect, hydrated } from './fixtures';
import type { Locator, Page } from '@playwright/test';

async function open(page: Page, figure: string, query = '') {
  await page.goto(`/chapters/momentum-adam/${query}`);
  const fig = page.locator(`figure#${figure}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const summary = (fig: Locator) => fig.getByTestId('summary');
const runPath = (fig: Locator, run: string) => fig.locator(`g.run[data-run="${run}"] path.line`);

test.describe('Figure 5.1, the ravine', () => {
  test('first frame: the numbers the chapter quotes', async ({ page }) => {
    const fig = await open(page, 'ravine');
    await expect(summary(fig)).toContainText('Gradient descent converged in 140 steps');
    await expect(summary(fig)).toContainText('changed sign 140 times in 140 steps');
    await expect(summary(fig)).toContainText('Momentum converged in 65 steps');
    await expect(fig.getByTestId('rates')).toContainText('0.930');
    await expect(fig.getByTestId('rates')).toContainText('0.837');
    await expect(fig.getByTestId('rates')).toContainText('μ = 0.44, η = 0.111');
  });

  test('the momentum slider moves the point on the stability map and changes the momentum path', async ({ page }) => {
    const fig = await open(page, 'ravine');
    const pt = fig.getByTestId('momentum-point');
    const cx0 = Number(await pt.getAttribute('cx'));
    const d0 = await runPath(fig, 'momentum').getAttribute('d');
    await fig.locator('input[data-name="momentum"]').fill('0.3');
    await expect.poll(async () => Number(await pt.getAttribute('cx'))).toBeLessThan(cx0);
    expect(await runPath(fig, 'momentum').getAttribute('d')).not.toBe(d0);
    await expect(page).toHaveURL(/ravine\.mu=0\.3/);
  });

  test('playback scrubs the runs back to an early step', async ({ page }) => {
    const fig = await open(page, 'ravine');
    const d0 = await runPath(fig, 'gd').getAttribute('d');
    await fig.locator('input[data-name="scrub"]').fill('3');
    await expect.poll(async () => (await runPath(fig, 'gd').getAttribute('d'))!.length).toBeLessThan(d0!.length);
  });

  test('a deep link past 2/L: gradient descent diverges and says why, momentum still converges', async ({ page }) => {
    const fig = await open(page, 'ravine', '?ravine.lr=0.1&ravine.mu=0.7');
    await expect(summary(fig)).toContainText('Gradient descent diverges');
    await expect(summary(fig)).toContainText('above 2/L');
    await expect(summary(fig)).toContainText('inside the stable region');
    await expect(fig.locator('text=NaN')).toHaveCount(0);
  });

  test('the figure-checked exercise accepts a rescue and rejects the first frame', async ({ page }) => {
    await open(page, 'ravine');
    const ex = page.locator('[data-exercise="ravine-rescue"]');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Not yet');
    await open(page, 'ravine', '?ravine.lr=0.1&ravine.mu=0.7');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByRole('button', { name: 'Check the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Well done');
  });
});

test.describe('Figure 5.2, the two momentum forms', () => {
  test('PyTorch with lr = α(1−β) follows the textbook path exactly; its buffer is 10 times the average', async ({ page }) => {
    const fig = await open(page, 'momentum-forms');
    const ema = await runPath(fig, 'ema').getAttribute('d');
    expect(await runPath(fig, 'torch').getAttribute('d')).toBe(ema);
    await expect(fig.locator('[data-legend="torch"]')).toContainText('PyTorch, lr = α(1−β) = 0.030');
    const ratios = await fig.getByTestId('velocity-table').locator('tbody tr td:nth-child(4)').allTextContents();
    expect(ratios.length).toBeGreaterThan(3);
    for (const r of ratios) expect(r).toBe('10.00');
  });

  test('the unscaled toggle adds a run with ten times longer steps; stepping moves the current row', async ({ page }) => {
    const fig = await open(page, 'momentum-forms');
    await expect(fig.locator('[data-run="same"]')).toHaveCount(0);
    await fig.locator('input[data-name="sameLr"]').check();
    await expect(fig.locator('[data-run="same"]')).toHaveCount(1);
    await expect(summary(fig)).toContainText('PyTorch with lr = α');
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect(summary(fig)).toContainText('Step 4.');
    await expect(fig.locator('tr.current td').first()).toHaveText('4');
    await expect(page).toHaveURL(/momentum-forms\.same=1/);
  });

  test('a deep link sets β; the buffer ratio follows 1/(1−β)', async ({ page }) => {
    const fig = await open(page, 'momentum-forms', '?momentum-forms.b=0.5');
    await expect(fig.getByTestId('velocity-table').locator('tbody tr td:nth-child(4)').first()).toHaveText('2.00');
  });
});

test.describe('Figure 5.3, Nesterov', () => {
  test('Nesterov takes its gradient at the tip of the carried velocity; stepping moves it', async ({ page }) => {
    const fig = await open(page, 'nesterov');
    await expect(summary(fig)).toContainText('Nesterov converged in 86 steps; classical momentum converged in 196 steps');
    const at = fig.getByTestId('nesterov-at');
    const cx0 = Number(await at.getAttribute('cx'));
    const carry0 = await fig.getByTestId('nesterov-carry').getAttribute('d');
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(async () => Number(await at.getAttribute('cx'))).not.toBe(cx0);
    expect(await fig.getByTestId('nesterov-carry').getAttribute('d')).not.toBe(carry0);
    // Classical momentum's gradient is taken where it stands: its ring is the run's current head.
    const ring = fig.getByTestId('classical-at');
    const head = fig.locator('g.run[data-run="classical"] circle.head');
    expect(Math.abs(Number(await ring.getAttribute('cx')) - Number(await head.getAttribute('cx')))).toBeLessThan(0.6);
  });

  test('the classical toggle hides the classical run; a deep link into Nesterov’s smaller safe region shows it diverge', async ({ page }) => {
    const fig = await open(page, 'nesterov', '?nesterov.lr=0.07&nesterov.mu=0.7');
    await expect(fig.locator('[data-legend="nesterov"]')).toContainText('diverged');
    await expect(fig.locator('[data-legend="classical"]')).toContainText('converged');
    await fig.locator('input[data-name="classical"]').uncheck();
    await expect(fig.locator('[data-run="classical"]')).toHaveCount(0);
  });

  test('μ = 0 is legal: both runs are plain gradient descent, from a link or from Home on the slider, with no error', async ({ page }) => {
    // torch.optim.SGD refuses nesterov = True without momentum; the figure once threw on every change after μ = 0.
    const fig = await open(page, 'nesterov', '?nesterov.mu=0');
    const mu = fig.locator('input[data-name="momentum"]');
    await expect(fig.locator('output[for="' + (await mu.getAttribute('id')) + '"]')).toHaveText('0.00');
    await expect(summary(fig)).toContainText('With μ = 0 there is no velocity to carry');
    await page.goto('/chapters/momentum-adam/');
    const fig2 = await open(page, 'nesterov');
    const slider = fig2.locator('input[data-name="momentum"]');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(fig2.locator('output[for="' + (await slider.getAttribute('id')) + '"]')).toHaveText('0.00');
    await expect(page).toHaveURL(/nesterov\.mu=0(&|$)/);
    // Every later change works too (it used to throw again on each).
    await page.keyboard.press('ArrowRight');
    await expect(fig2.locator('output[for="' + (await slider.getAttribute('id')) + '"]')).toHaveText('0.01');
    await expect(summary(fig2)).toContainText('first carries −ημb to the look-ahead point');
  });
});

test.describe('Figure 5.4, AdaGrad and RMSProp', () => {
  test('AdaGrad keeps shrinking while RMSProp does not; the sparse coordinate keeps a larger AdaGrad rate', async ({ page }) => {
    const fig = await open(page, 'adaptive');
    const text = (await summary(fig).textContent())!;
    const m = /for x fell from (\d+\.\d+) after step 1 to (\d+\.\d+); for the rarely seen y it is (\d+\.\d+)/.exec(text);
    expect(m).not.toBeNull();
    expect(Number(m![3])).toBeGreaterThan(1.5 * Number(m![2]));
    const f = /changed by a factor (\d+\.\d+), against AdaGrad’s (\d+\.\d+)/.exec(text);
    expect(Number(f![2])).toBeLessThan(0.7);
    expect(Number(f![1])).toBeGreaterThan(0.9);
  });

  test('switching the noise off changes the runs and is written to the URL', async ({ page }) => {
    const fig = await open(page, 'adaptive');
    const before = await summary(fig).textContent();
    const d0 = await runPath(fig, 'adagrad').getAttribute('d');
    await fig.locator('input[data-name="noise"]').fill('0');
    await expect(summary(fig)).not.toHaveText(before!);
    await expect(summary(fig)).toContainText('σ = 0.00');
    expect(await runPath(fig, 'adagrad').getAttribute('d')).not.toBe(d0);
    await expect(page).toHaveURL(/adaptive\.sd=0/);
  });
});

test.describe('Figure 5.5, inside Adam', () => {
  test('the first step is α with bias correction and 3.16α without; the formula follows the toggle', async ({ page }) => {
    const fig = await open(page, 'adam-internals');
    await expect(summary(fig)).toContainText('moves x by 1.00α with the correction and 3.16α without; uncorrected steps peak at 5.15α');
    const formula = fig.locator('.live-formula');
    await expect(formula).toHaveAttribute('aria-label', /^Adam step 1 for x: m = −0\.2500/);
    await fig.locator('input[data-name="biasCorrection"]').uncheck();
    await expect(formula).toHaveAttribute('aria-label', /without bias correction/);
    await expect(formula).toContainText('no bias correction');
    await expect(page).toHaveURL(/adam-internals\.bc=0/);
  });

  test('stepping forward updates m, v and the position in the formula', async ({ page }) => {
    const fig = await open(page, 'adam-internals');
    const formula = fig.locator('.live-formula');
    const label0 = await formula.getAttribute('aria-label');
    await fig.getByRole('button', { name: 'Step forward' }).click();
    await expect(formula).toHaveAttribute('aria-label', /^Adam step 2 /);
    expect(await formula.getAttribute('aria-label')).not.toBe(label0);
    await fig.locator('select[data-name="coord"]').selectOption('y');
    await expect(formula).toHaveAttribute('aria-label', /^Adam step 2 for y/);
  });

  test('the typed exercise accepts 0.01', async ({ page }) => {
    await page.goto('/chapters/momentum-adam/');
    const ex = page.locator('[data-exercise="adam-first-step"]');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.locator('input[type="text"]').fill('0.03');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('too large');
    await ex.locator('input[type="text"]').fill('0.01');
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
  });

  test('the multiple-choice exercise picks AdaGrad', async ({ page }) => {
    await page.goto('/chapters/momentum-adam/');
    const ex = page.locator('[data-exercise="pick-optimizer"]');
    await ex.scrollIntoViewIfNeeded();
    await hydrated(page);
    await ex.getByLabel(/AdaGrad/).check();
    await ex.getByRole('button', { name: 'Check' }).click();
    await expect(ex.getByTestId('feedback')).toHaveText('Correct.');
  });
});

test.describe('Figure 5.6, the race', () => {
  test('first frame: the Rosenbrock results the chapter quotes', async ({ page }) => {
    const fig = await open(page, 'race');
    const table = fig.getByTestId('race-results');
    await expect(table.locator('tr[data-racer="sgd"]')).toContainText('0.071');
    await expect(table.locator('tr[data-racer="momentum"]')).toContainText('2.51e−5');
    await expect(table.locator('tr[data-racer="adam"]')).toContainText('loss < 10⁻⁶ at step 791');
  });

  test('the data table has every racer’s path and loss, step by step, and follows the start', async ({ page }) => {
    const fig = await open(page, 'race');
    const table = fig.getByTestId('data-table');
    await table.locator('summary').click();
    const heads = table.locator('thead th');
    await expect(heads).toHaveText(['step', 'SGD x', 'SGD y', 'SGD loss', 'Momentum x', 'Momentum y', 'Momentum loss', 'Adam x', 'Adam y', 'Adam loss']);
    await expect(table.locator('tbody tr')).toHaveCount(1001);
    const first = table.locator('tbody tr').first().locator('td');
    await expect(first.nth(1)).toHaveText('\u22121.2000');
    // Rosenbrock at (−1.2, 1): (1 + 1.2)² + 100 (1 − 1.44)² = 24.2
    await expect(first.nth(3)).toHaveText('24.2000');
    await fig.getByRole('slider', { name: 'Shared start' }).press('ArrowRight');
    await expect(first.nth(1)).not.toHaveText('\u22121.2000');
  });

  test('dragging the shared start moves every run and writes the URL', async ({ page }) => {
    const fig = await open(page, 'race');
    const handle = fig.getByRole('slider', { name: 'Shared start' });
    const d0 = await runPath(fig, 'adam').getAttribute('d');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
    await page.mouse.up();
    expect(Number(await handle.getAttribute('data-x'))).toBeGreaterThan(-1.2);
    expect(await runPath(fig, 'adam').getAttribute('d')).not.toBe(d0);
    await expect(page).toHaveURL(/race\.x0=/);
  });

  test('a loss under the chart’s floor is marked and said, not silently drawn on the floor', async ({ page }) => {
    // Adam ends at 2.06e−9 under the race's 1e−8 floor.
    const fig = await open(page, 'race');
    const chart = fig.locator('.loss-chart');
    await expect(chart.getByTestId('below-floor')).toHaveCount(1);
    await expect(chart.getByTestId('loss-readout')).toContainText('Adam 2.059e−9 (▼ under the axis, drawn on its floor)');
    await expect(chart.locator('.visually-hidden').last()).toContainText('Values under 1e−8 are drawn on the axis floor.');
    // Early in the run every value is above the floor: no mark.
    await chart.locator('[role="slider"]').focus();
    await page.keyboard.press('Home');
    await expect(chart.getByTestId('below-floor')).toHaveCount(0);
    await expect(chart.getByTestId('below-floor-note')).toHaveCount(0);
  });

  test('the loss chart keeps its axis while the start moves: it ends at 10⁻⁸, two decades under "there"', async ({ page }) => {
    const fig = await open(page, 'race');
    const ticks = () => fig.locator('.loss-chart [data-axis="left"] .tick-label').allTextContents();
    const before = await ticks();
    expect(before[0]).toBe('1e−8');
    const handle = fig.getByRole('slider', { name: 'Shared start' });
    await handle.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'Shift+ArrowRight', 'ArrowDown', 'Shift+ArrowUp', 'ArrowLeft', 'Shift+ArrowLeft']) {
      const d = await runPath(fig, 'adam').getAttribute('d');
      await page.keyboard.press(key);
      await expect(runPath(fig, 'adam')).not.toHaveAttribute('d', d!);
      expect(await ticks(), `after ${key}`).toEqual(before);
    }
  });

  test('while the start is dragged the summary waits, and catches up when the drag pauses', async ({ page }) => {
    const fig = await open(page, 'race');
    const handle = fig.getByRole('slider', { name: 'Shared start' });
    const before = (await summary(fig).textContent())!;
    const d0 = await runPath(fig, 'adam').getAttribute('d');
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 3 });
    // The paths follow every move; the sentence does not (it settles 350 ms after the last move).
    expect(await runPath(fig, 'adam').getAttribute('d')).not.toBe(d0);
    expect(await summary(fig).textContent()).toBe(before);
    await expect(summary(fig)).not.toHaveText(before);
    const paused = await summary(fig).textContent();
    await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2 + 30, { steps: 2 });
    await page.mouse.up();
    // Released: at once.
    expect(await summary(fig).textContent()).not.toBe(paused);
    await expect(summary(fig)).toContainText(`from (${Number(await handle.getAttribute('data-x')).toFixed(2).replace('-', '−')}`);
  });

  test('the map is described by its own sentence and the figure summary, once; the loss chart holds its description during a drag', async ({ page }) => {
    const fig = await open(page, 'race');
    const map = fig.getByRole('img', { name: /racers’ paths|racers' paths/ });
    const chart = fig.getByRole('slider', { name: /Loss above the minimum by step/ });
    const said = (await summary(fig).textContent())!;
    // The map's hidden sentence says what the map is; the runs come from the summary, by reference.
    const [own, ...rest] = (await map.getAttribute('aria-describedby'))!.split(' ');
    expect(rest).toEqual([await summary(fig).getAttribute('id')]);
    const ownText = (await page.locator(`[id="${own}"]`).textContent())!;
    expect(ownText).toMatch(/contour map for x from/);
    expect(ownText).not.toContain(said.slice(0, 40));
    await expect(map).toHaveAccessibleDescription(`${ownText} ${said}`);

    const chartBefore = (await chart.getAttribute('aria-describedby'))!;
    const described = page.locator(`[id="${chartBefore}"]`);
    const before = (await described.textContent())!;
    const handle = fig.getByRole('slider', { name: 'Shared start' });
    const box = (await handle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 3 });
    expect(await described.textContent()).toBe(before);
    await page.mouse.up();
    await expect(described).not.toHaveText(before);
    await expect(described).toContainText(/from [\d.e−]+ to [\d.e−]+/);
  });

  test('arrow keys move the start; adding a racer adds its row, path and sliders', async ({ page }) => {
    const fig = await open(page, 'race');
    const handle = fig.getByRole('slider', { name: 'Shared start' });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(handle).toHaveAttribute('data-y', /^1\.0[78]/);
    await expect(fig.locator('input[data-name="lrNesterov"]')).toHaveCount(0);
    await fig.locator('fieldset[data-name="racers"]').getByLabel('Nesterov').check();
    await expect(fig.locator('tr[data-racer="nesterov"]')).toHaveCount(1);
    await expect(runPath(fig, 'nesterov')).toHaveCount(1);
    await expect(fig.locator('input[data-name="lrNesterov"]')).toHaveCount(1);
  });

  test('choosing the saddle loads its start and learning rates; runs escape', async ({ page }) => {
    const fig = await open(page, 'race');
    await fig.locator('select[data-name="surface"]').selectOption('saddle');
    await expect(fig.getByRole('slider', { name: 'Shared start' })).toHaveAttribute('data-x', '-1.8');
    await expect(fig.getByTestId('race-results')).toContainText('escaped the saddle');
    await expect(page).toHaveURL(/race\.s=saddle/);
  });

  test('a deep link restores surface, racers and learning rates', async ({ page }) => {
    const fig = await open(page, 'race', '?race.on=momentum,adam&race.lrm=0.002&race.mum=0.95');
    await expect(fig.locator('tr[data-racer="sgd"]')).toHaveCount(0);
    await expect(fig.locator('tr[data-racer="momentum"]')).toContainText('loss < 10⁻⁶ at step 338');
  });

  test('predict, then run: the race exercise sets η = 0.002, μ = 0.95 and the figure shows momentum first, even from a changed state', async ({ page }) => {
    const fig = await open(page, 'race', '?race.s=beale&race.on=adam');
    const ex = page.locator('[data-exercise="beat-adam"]');
    await ex.scrollIntoViewIfNeeded();
    // The exercise is an island too: it answers once hydrated.
    await hydrated(page);
    await ex.getByLabel('Momentum gets there first').check();
    await ex.getByRole('button', { name: 'Commit and run the figure' }).click();
    await expect(ex.getByTestId('feedback')).toContainText('Right: the figure above, now set to this exercise, shows it');
    await expect(fig.locator('tr[data-racer="momentum"]')).toContainText('loss < 10⁻⁶ at step 338');
    await expect(fig.locator('tr[data-racer="adam"]')).toContainText('at step 791');
  });

  test('hostile input is reported and never drawn as NaN', async ({ page }) => {
    const fig = await open(page, 'race', '?race.s=nowhere&race.lra=abc&race.on=adam,evil');
    await expect(fig.getByTestId('url-notice')).toContainText('race.s=nowhere');
    await expect(fig.locator('tr[data-racer="adam"]')).toHaveCount(1);
    const d = await runPath(fig, 'adam').getAttribute('d');
    expect(d).not.toContain('NaN');
  });
});
