import { test, expect, hydrated } from './fixtures';
import type { Page } from '@playwright/test';
import { makeTrainer } from '../../src/core/nn/trainer';

async function open(page: Page, id: 'network' | 'backprop', query = '') {
  await page.goto(`/chapters/network/${query}`);
  const fig = page.locator(`figure#${id}`);
  await fig.scrollIntoViewIfNeeded();
  await hydrated(page);
  return fig;
}

const num = async (fig: ReturnType<Page['locator']>, testId: string) => Number((await fig.getByTestId(testId).textContent())?.replace('\u2212', '-'));

test('training lowers the loss, moves the boundary, and writes the step count into the URL', async ({ page }) => {
  const fig = await open(page, 'network');
  await expect(fig.getByTestId('network-step')).toHaveText('0');
  const before = await num(fig, 'network-loss');
  expect(before).toBeCloseTo(0.707, 3);
  const boundary0 = await fig.getByTestId('boundary').getAttribute('d');
  await fig.getByTestId('train-play').click();
  // With the defaults the loss sits near 0.69 for ~200 steps, then falls (0.46 at step 300).
  await expect.poll(() => num(fig, 'network-step'), { timeout: 20_000 }).toBeGreaterThan(300);
  await fig.getByTestId('train-play').click(); // pause
  const steps = await num(fig, 'network-step');
  const shown = await num(fig, 'network-loss');
  expect(shown).toBeLessThan(before - 0.1);
  // The figure's number is the core's: the same seeded run, replayed here to that step.
  const tr = makeTrainer({ data: 'circles', n: 200, noise: 0.1, hidden: [4], activation: 'tanh', optimizer: { id: 'adam', params: { lr: 0.03 } }, batchSize: 16, seed: 1 });
  for (let t = 0; t < steps; t++) tr.step();
  expect(shown).toBeCloseTo(tr.losses()[steps]!, 3);
  expect(await fig.getByTestId('boundary').getAttribute('d')).not.toBe(boundary0);
  await expect(page).toHaveURL(new RegExp(`network\\.t=${steps}(&|#|$)`));
  await expect(fig.getByTestId('summary')).toContainText(`After ${steps} steps`);
});

test('the page stays responsive while a big network trains (steps run in short animation-frame slices)', async ({ page }) => {
  // Catching up to step 3000 from a link is the heaviest case: it trains as fast as the 4 ms slices allow.
  const fig = await open(page, 'network', '?network.L=3&network.h=16&network.t=3000');
  const gaps = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = performance.now();
        const t0 = last;
        const tick = (now: number) => {
          out.push(now - last);
          last = now;
          if (now - t0 < 1500) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  gaps.sort((a, b) => a - b);
  const median = gaps[gaps.length >> 1] ?? Infinity;
  expect(gaps.length).toBeGreaterThan(10);
  expect(median).toBeLessThan(80);
  // Meanwhile training advanced, and the controls still answer.
  expect(await num(fig, 'network-step')).toBeGreaterThan(0);
  await fig.locator('select[data-name="activation"]').selectOption('relu');
  await expect(fig.getByTestId('network-step')).toHaveText('0');
});

test('Step takes exactly one update; changing a setting starts a fresh run', async ({ page }) => {
  const fig = await open(page, 'network');
  await fig.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(fig.getByTestId('network-step')).toHaveText('1');
  await fig.locator('select[data-name="activation"]').selectOption('relu');
  await expect(fig.getByTestId('network-step')).toHaveText('0');
  await expect(fig.getByTestId('summary')).toContainText('(relu)');
});

test('a deep link restores the run: settings, and the same network trained to the same step', async ({ page }) => {
  const fig = await open(page, 'network', '?network.d=xor&network.h=6&network.opt=sgd&network.lr=0.3&network.bs=8&network.seed=7&network.t=200#network');
  await expect(fig.locator('select[data-name="data"]')).toHaveValue('xor');
  await expect(fig.locator('select[data-name="optimizer"]')).toHaveValue('sgd');
  await expect(fig.getByTestId('network-step')).toHaveText('200', { timeout: 15_000 });
  // The same run computed with the core: the link replays it exactly.
  const tr = makeTrainer({ data: 'xor', n: 200, noise: 0.1, hidden: [6], activation: 'tanh', optimizer: { id: 'sgd', params: { lr: 0.3 } }, batchSize: 8, seed: 7 });
  for (let t = 0; t < 200; t++) tr.step();
  expect(await num(fig, 'network-loss')).toBeCloseTo(tr.losses()[200]!, 3);
  await expect(fig.getByTestId('summary')).toContainText('2 → 6 → 2 network (tanh) on XOR, trained with SGD (lr 0.300, batch 8, seed 7)');
});

test('the smallest-net exercise is checked against the figure', async ({ page }) => {
  const fig = await open(page, 'network', '?network.h=3&network.t=600');
  await expect(fig.getByTestId('network-step')).toHaveText('600', { timeout: 15_000 });
  const ex = page.locator('#ex-smallest-net');
  await ex.scrollIntoViewIfNeeded();
  await hydrated(page);
  await ex.getByRole('button', { name: /check/i }).click();
  await expect(ex).toContainText('Well done');
});

test('backprop: the graph shows the worked numbers; taking the step lowers the loss to 0.16', async ({ page }) => {
  const fig = await open(page, 'backprop');
  await expect(fig.locator('[data-grad="w1"]')).toHaveText('∂L/∂w₁ = −8');
  await expect(fig.locator('[data-grad="b2"]')).toHaveText('∂L/∂b₂ = −4');
  await expect(fig.getByTestId('backprop-loss')).toHaveText('Loss 4 → 0.16');
  await fig.getByTestId('take-step').click();
  await expect(fig.locator('[data-node="L"] .val')).toHaveText('0.16');
  await fig.locator('input[data-name="lr"]').fill('0.1');
  await expect(fig.getByTestId('summary')).toContainText('α = 0.1');
});

test('backprop: w₂ = 0.5 gives ∂L/∂w₁ = −6 (the exercise), from a deep link', async ({ page }) => {
  const fig = await open(page, 'backprop', '?backprop.w2=0.5#backprop');
  await expect(fig.locator('[data-grad="w1"]')).toHaveText('∂L/∂w₁ = −6');
  await fig.locator('input[data-name="b1"]').fill('-3');
  await expect(fig.getByRole('status').filter({ hasText: 'dead' })).toBeVisible();
  await expect(fig.locator('[data-grad="w1"]')).toHaveText('∂L/∂w₁ = 0');
});

test('backprop on a phone: the graph keeps readable type and scrolls sideways, from the keyboard too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const fig = await open(page, 'backprop');
  const box = fig.getByRole('region', { name: /scrolls sideways/ });
  await expect(box).toBeVisible();
  const { client, scroll } = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
  expect(scroll).toBeGreaterThan(client + 100);
  // The loss node sits at the far right, out of view until the box scrolls.
  const loss = fig.locator('[data-node="L"]');
  const inView = async () => {
    const [b, l] = await Promise.all([box.boundingBox(), loss.boundingBox()]);
    return l!.x + l!.width <= b!.x + b!.width;
  };
  expect(await inView()).toBe(false);
  await box.focus();
  for (let i = 0; i < 20 && !(await inView()); i++) await page.keyboard.press('ArrowRight');
  expect(await inView()).toBe(true);
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
});

test('backprop on a wide screen: the whole graph fits, and nothing extra takes focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const fig = await open(page, 'backprop');
  await expect(fig.getByRole('region', { name: /scrolls sideways/ })).toHaveCount(0);
  await expect(fig.locator('[data-node="L"]')).toBeInViewport();
});
