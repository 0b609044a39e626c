import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';

const PAGE = '/dev/primitives/';

async function open(page: Page): Promise<void> {
  await page.goto(PAGE);
  await hydrated(page);
}

function startHandle(page: Page): Locator {
  return page.getByTestId('rosen-plot').getByRole('slider', { name: 'Start point' });
}

async function position(handle: Locator): Promise<[number, number]> {
  return [Number(await handle.getAttribute('data-x')), Number(await handle.getAttribute('data-y'))];
}

async function centre(handle: Locator): Promise<{ x: number; y: number }> {
  const box = await handle.locator('.dot').boundingBox();
  if (!box) throw new Error('handle is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** RGBA of the canvas pixel at fractions (fx, fy) of its size, and the share of painted pixels. */
async function canvasProbe(canvas: Locator, fx = 0.5, fy = 0.5): Promise<{ pixel: number[]; painted: number }> {
  return canvas.evaluate(
    (el, [px, py]) => {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) return { pixel: [], painted: 0 };
      const all = ctx.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < all.length; i += 4) if ((all[i] ?? 0) > 0) painted++;
      const p = ctx.getImageData(Math.floor(c.width * (px ?? 0.5)), Math.floor(c.height * (py ?? 0.5)), 1, 1).data;
      return { pixel: [...p], painted: painted / (all.length / 4) };
    },
    [fx, fy],
  );
}

test('the server-rendered page already shows contour lines, axes and runs, with no NaN in any path', async ({ request }) => {
  const html = await (await request.get(PAGE)).text();
  expect(html).toContain('name="robots" content="noindex');
  expect(html).toMatch(/class="contours[^"]*"[^>]*transform="matrix\(/);
  expect((html.match(/<path d="M[^"]+"/g) ?? []).length).toBeGreaterThan(20);
  expect(html).toMatch(/data-testid="run-path"[^>]*|d="M[^"]+"[^>]*data-testid="run-path"/);
  expect(html).toContain('data-axis="bottom"');
  expect(html).not.toMatch(/\b(d|cx|cy|x1|x2|y1|y2|transform)="[^"]*NaN/);
});

test('dragging the start with a mouse moves the marker and recomputes the runs', async ({ page }) => {
  await open(page);
  const handle = startHandle(page);
  await handle.scrollIntoViewIfNeeded();
  const path = page.getByTestId('rosen-plot').getByTestId('run-path').first();
  const before = { at: await position(handle), transform: await handle.getAttribute('transform'), d: await path.getAttribute('d') };

  const c = await centre(handle);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 40, c.y + 20, { steps: 5 });
  await page.mouse.move(c.x + 80, c.y + 50, { steps: 5 });
  await page.mouse.up();

  const after = await position(handle);
  expect(after[0]).toBeGreaterThan(before.at[0] + 0.2);
  expect(after[1]).toBeLessThan(before.at[1] - 0.1);
  expect(await handle.getAttribute('transform')).not.toBe(before.transform);
  expect(await path.getAttribute('d')).not.toBe(before.d);
  // The marker sits where the pointer let go (the grab offset is kept, so within a pixel or two).
  const end = await centre(handle);
  expect(Math.abs(end.x - (c.x + 80))).toBeLessThan(3);
  expect(Math.abs(end.y - (c.y + 50))).toBeLessThan(3);
  await expect(page.getByTestId('start-readout')).toContainText('settled 1 time.');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('dragging the start with a finger moves it without scrolling the page', async ({ page }) => {
    await open(page);
    const handle = startHandle(page);
    await handle.scrollIntoViewIfNeeded();
    const path = page.getByTestId('rosen-plot').getByTestId('run-path').first();
    const before = { at: await position(handle), d: await path.getAttribute('d') };
    const scrollY = await page.evaluate(() => window.scrollY);

    // Real touch input through the DevTools protocol: the browser turns it into pointer events with pointerType "touch".
    const cdp = await page.context().newCDPSession(page);
    const c = await centre(handle);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
    await touch('touchStart', c.x, c.y);
    for (let k = 1; k <= 8; k++) await touch('touchMove', c.x + 6 * k, c.y - 5 * k);
    await touch('touchEnd', c.x + 48, c.y - 40);

    const after = await position(handle);
    expect(after[0]).toBeGreaterThan(before.at[0] + 0.1);
    expect(after[1]).toBeGreaterThan(before.at[1] + 0.1);
    expect(await path.getAttribute('d')).not.toBe(before.d);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    await expect(page.getByTestId('start-readout')).toContainText('settled 1 time.');
  });
});

test('arrow keys move the focused point, Shift by ten steps, clamped to the domain', async ({ page }) => {
  await open(page);
  const handle = startHandle(page);
  await handle.focus();
  const [x0, y0] = await position(handle);
  const path = page.getByTestId('rosen-plot').getByTestId('run-path').first();
  const d0 = await path.getAttribute('d');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  let [x, y] = await position(handle);
  expect(x).toBeCloseTo(x0 + 2 * 0.08, 6);
  expect(y).toBeCloseTo(y0, 6);
  await page.keyboard.press('Shift+ArrowUp');
  [x, y] = await position(handle);
  expect(x).toBeCloseTo(x0 + 2 * 0.08, 6);
  expect(y).toBeCloseTo(y0 + 0.8, 6);
  await expect(handle).toHaveAttribute('aria-valuetext', `x = ${(x0 + 0.16).toFixed(2).replace('-', '\u2212')}, y = ${(y0 + 0.8).toFixed(2)}`);
  expect(await path.getAttribute('d')).not.toBe(d0);

  for (let k = 0; k < 6; k++) await page.keyboard.press('Shift+ArrowDown');
  [, y] = await position(handle);
  expect(y).toBe(-1);
  await expect(page.getByTestId('start-readout')).toContainText('settled 9 times.');
});

test('the loss chart readout follows the keyboard', async ({ page }) => {
  await open(page);
  const chart = page.getByRole('slider', { name: /Rosenbrock loss by step/ });
  const readout = page.getByTestId('loss-chart').getByTestId('loss-readout');
  await chart.focus();
  await page.keyboard.press('Home');
  await expect(readout).toContainText('Step 0');
  await expect(chart).toHaveAttribute('aria-valuenow', '0');
  await expect(chart).toHaveAttribute('aria-valuetext', /^Step 0: Gradient descent 24\.2000; Momentum 24\.2000; Adam 24\.2000$/);
  await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('Step 1');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(readout).toContainText('Step 11');
  await page.keyboard.press('ArrowLeft');
  await expect(chart).toHaveAttribute('aria-valuenow', '10');
  await page.keyboard.press('End');
  await expect(readout).toContainText('Step 400');
});

test('the loss chart readout follows the mouse', async ({ page }) => {
  await open(page);
  const svg = page.getByTestId('loss-chart').locator('svg').first();
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  if (!box) throw new Error('chart not visible');
  // x axis runs from 64 px to width - 20 px: a quarter of the way along is step 100.
  await page.mouse.move(box.x + 64 + (box.width - 84) / 4, box.y + box.height / 2);
  await expect(page.getByTestId('loss-chart').getByTestId('loss-readout')).toContainText('Step 100');
});

test('the log toggle changes the loss chart y ticks', async ({ page }) => {
  await open(page);
  const labels = page.getByTestId('loss-chart').locator('[data-axis="left"] .tick-label');
  const logTicks = await labels.allTextContents();
  expect(logTicks).toEqual(expect.arrayContaining(['1', '10']));
  await page.getByTestId('log-toggle').uncheck();
  await expect.poll(() => labels.allTextContents()).not.toEqual(logTicks);
  const linearTicks = await labels.allTextContents();
  expect(linearTicks[0]).toBe('0');
  await expect(page.getByTestId('loss-chart').locator('.axis-label').last()).toHaveText('loss');
});

test('the field canvas is painted at device resolution and repainted when the theme changes', async ({ page }) => {
  await open(page);
  const canvas = page.getByTestId('rosen-plot').locator('canvas');
  await expect.poll(async () => (await canvasProbe(canvas)).painted).toBeGreaterThan(0.99);
  const size = await canvas.evaluate((el) => {
    const c = el as HTMLCanvasElement;
    return { backing: c.width, css: c.getBoundingClientRect().width, dpr: window.devicePixelRatio };
  });
  expect(Math.abs(size.backing - size.css * size.dpr)).toBeLessThanOrEqual(1);

  const before = await canvasProbe(canvas, 0.1, 0.9);
  const themeBefore = await canvas.getAttribute('data-theme');
  await page.locator('[data-theme-toggle]').click();
  await expect(canvas).not.toHaveAttribute('data-theme', themeBefore ?? '');
  const after = await canvasProbe(canvas, 0.1, 0.9);
  expect(after.painted).toBeGreaterThan(0.99);
  expect(after.pixel).not.toEqual(before.pixel);
});

test('the curve point moves with the keyboard and its tangent follows', async ({ page }) => {
  await open(page);
  const point = page.getByRole('slider', { name: "Hiker's position" });
  const tangent = page.getByTestId('tangent');
  const readout = page.getByTestId('curve-readout');
  await point.focus();
  const t0 = await tangent.getAttribute('y1');
  await expect(readout).toContainText('x = 3.20');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(readout).toContainText('x = 2.30');
  expect(await tangent.getAttribute('y1')).not.toBe(t0);
  await page.keyboard.press('Home');
  await expect(readout).toContainText(`x = \u22124.50`);
});

test('the step scrubber shortens the drawn paths', async ({ page }) => {
  await open(page);
  const path = page.getByTestId('rosen-plot').getByTestId('run-path').first();
  const full = (await path.getAttribute('d')) ?? '';
  await page.getByRole('slider', { name: 'Show steps up to' }).fill('20');
  await expect(page.getByTestId('step-value')).toHaveText('20');
  const short = (await path.getAttribute('d')) ?? '';
  expect(short.length).toBeLessThan(full.length);
  await expect(page.getByTestId('rosen-plot').locator('.head').first()).toHaveAttribute('data-step', '20');
});

test('nothing overflows sideways at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
