import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, hydrated } from './fixtures';

/**
 * Presentation mode in a classroom: every slide fits the projector's screen
 * without scrolling and without cutting anything off (the volcano slide was
 * 1,733 px tall at 1280x900), ← → run through the whole book, the phone's
 * counter stays on one line, the index leads back to the book, and the
 * presenter's view shows the chapter's text, the next slide and a timer and
 * moves the audience's window with it.
 */

const OUT = path.resolve(process.env.OUT_DIR ?? 'dist');
const SLIDES = readdirSync(path.join(OUT, 'present'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(OUT, 'present', d.name)).map((n) => `${d.name}/${n}`))
  .sort();

async function settle(page: Page): Promise<void> {
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  // The fit script runs on load and on every resize of the figure; let it finish.
  await page.waitForFunction(() => {
    const box = document.querySelector<HTMLElement>('[data-present-fit]');
    const w = window as unknown as { __fitLast?: string };
    const now = box ? `${box.style.zoom}|${box.style.width}|${box.getBoundingClientRect().height}` : '';
    const same = w.__fitLast === now;
    w.__fitLast = now;
    return same;
  }, undefined, { polling: 150 });
}

test('there are slides to check', () => {
  expect(SLIDES.length).toBeGreaterThan(20);
});

for (const [width, height] of [[1280, 720], [1366, 768], [1920, 1080], [1024, 768]] as const) {
  test(`at ${width}x${height} every slide fits the screen, light and dark, with nothing cut off`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    const problems: string[] = [];
    const zooms: number[] = [];
    for (const [i, slide] of SLIDES.entries()) {
      for (const theme of i % 2 === 0 ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`/present/${slide}/`);
        await settle(page);
        const m = await page.evaluate(() => {
          const doc = document.documentElement;
          const main = document.querySelector('[data-present-main]')!.getBoundingClientRect();
          const fig = document.querySelector('figure.figure')!.getBoundingClientRect();
          const box = document.querySelector<HTMLElement>('[data-present-fit]')!;
          return {
            scrollH: doc.scrollHeight,
            scrollW: doc.scrollWidth,
            figBottom: fig.bottom,
            figRight: fig.right,
            figLeft: fig.left,
            mainBottom: main.bottom,
            zoom: Number(box.dataset.fit ?? 1),
            theme: doc.getAttribute('data-theme') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
          };
        });
        zooms.push(m.zoom);
        const where = `${slide} (${theme})`;
        if (m.scrollH > height) problems.push(`${where}: the page scrolls, ${m.scrollH} px tall`);
        if (m.scrollW > width) problems.push(`${where}: the page scrolls sideways, ${m.scrollW} px wide`);
        if (m.figBottom > m.mainBottom + 1 || m.figBottom > height) problems.push(`${where}: the figure's bottom (${m.figBottom.toFixed(0)} px) is cut off`);
        if (m.figLeft < 0 || m.figRight > width) problems.push(`${where}: the figure runs off the side`);
      }
    }
    expect(problems).toEqual([]);
    // The slides that needed it were zoomed down, and none to a postage stamp.
    expect(Math.min(...zooms)).toBeGreaterThanOrEqual(0.5);
  });
}

test('a zoomed slide still takes a drag where the pointer is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/intuition/2/');
  await settle(page);
  const zoom = Number(await page.locator('[data-present-fit]').getAttribute('data-fit'));
  expect(zoom).toBeLessThan(1);
  const dot = page.getByRole('slider', { name: /start/i }).first();
  // Where the point is drawn on screen, through the SVG's own screen matrix
  // (Chromium's boxes of SVG shapes inside a CSS zoom are not zoomed; the
  // matrix, the drawing and the pointer agree).
  const centre = () =>
    dot.evaluate((g: SVGGraphicsElement) => {
      const m = g.getScreenCTM()!;
      return { x: m.e, y: m.f };
    });
  const from = await centre();
  const map = await page.locator('figure svg').first().boundingBox();
  const to = { x: map!.x + map!.width * 0.75, y: map!.y + map!.height * 0.6 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  const valueBefore = 'x = 210, y = 300';
  await expect(dot).not.toHaveAttribute('aria-valuetext', valueBefore);
  const after = await centre();
  // The point lands under the pointer (within a couple of pixels), not scaled away from it.
  expect(Math.abs(after.x - to.x)).toBeLessThan(3);
  expect(Math.abs(after.y - to.y)).toBeLessThan(3);
});

test('on a slide zoomed to fit, a contour map is drawn at its own size: the field under the axes, not shrunk into a corner', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/learning-rate/1/');
  await settle(page);
  const zoom = Number(await page.locator('[data-present-fit]').getAttribute('data-fit'));
  expect(zoom, 'this slide is zoomed down to fit').toBeLessThan(0.9);
  // The SVG's coordinate system (from the plot's measured size) must match its box in CSS pixels;
  // measured through the zoom, the viewBox came out smaller by the zoom factor and the picture shrank inside its frame.
  const sizes = await page.locator('figure.figure svg.base').evaluateAll((els) => els.map((el) => ({ viewBox: (el as SVGSVGElement).viewBox.baseVal.width, css: (el as SVGSVGElement).clientWidth })));
  expect(sizes.length).toBe(3);
  for (const s of sizes) expect(Math.abs(s.viewBox - s.css), `viewBox ${s.viewBox} vs ${s.css} CSS px`).toBeLessThan(2);
});

test('→ on a chapter’s last slide goes on to the next chapter; ← comes back', async ({ page }) => {
  await page.goto('/present/intuition/3/');
  await expect(page.getByLabel('Figure 3 of 3')).toBeVisible();
  await expect(page.locator('[data-present-next]')).toHaveText(/Chapter 2/);
  await page.locator('body').press('ArrowRight');
  await page.waitForURL(/\/present\/update-rule\/1\/$/);
  await expect(page.getByLabel('Figure 1 of 4')).toBeVisible();
  await page.locator('body').press('ArrowLeft');
  await page.waitForURL(/\/present\/intuition\/3\/$/);
  // The book's last slide leads to the list of all slides.
  await page.goto(`/present/${SLIDES.filter((s) => s.startsWith('network/')).at(-1)!}/`);
  await expect(page.locator('[data-present-next]')).toHaveText('All slides');
});

test('on a phone the counter stays on one line and the words give way to arrows', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/present/update-rule/2/');
  const count = page.getByRole('status', { name: 'Figure 2 of 4' });
  await expect(count).toHaveText('2 / 4');
  const box = await count.boundingBox();
  const line = await count.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3);
  expect(box!.height).toBeLessThan(line * 1.5);
  await expect(page.locator('[data-present-next] .word')).toBeHidden();
  await expect(page.getByRole('link', { name: /^Next: 2\.3 / })).toBeVisible();
});

test('the slides’ index has a header and a way back to the book', async ({ page }) => {
  await page.goto('/present/');
  await expect(page.locator('header.bar')).toBeVisible();
  await page.getByRole('link', { name: '← Downhill' }).click();
  await page.waitForURL(/\/$/);
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('/present/');
  await page.getByRole('link', { name: 'Start from the beginning →' }).click();
  await page.waitForURL(/\/present\/intuition\/1\/$/);
});

test('P opens the presenter’s view: the chapter’s text, the next slide and a running timer; → there moves the audience too', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/present/intuition/2/');
  await settle(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.locator('body').press('p')]);
  await presenter.waitForLoadState();
  expect(new URL(presenter.url()).hash).toBe('#presenter');
  const aside = presenter.getByRole('complementary', { name: "Presenter's view" });
  await expect(aside).toBeVisible();
  await expect(aside.locator('[data-presenter-notes]')).toContainText('Maunga Whau');
  await expect(aside.locator('[data-presenter-notes] .katex').first()).toBeVisible();
  await expect(aside.locator('[data-presenter-next]')).toHaveText(/^1\.3 /);
  const clock = aside.locator('[data-presenter-clock]');
  const t0 = await clock.textContent();
  await expect.poll(async () => clock.textContent(), { timeout: 4000 }).not.toBe(t0);
  // The audience window has no notes.
  await expect(page.locator('[data-presenter]')).toBeHidden();
  await presenter.locator('body').press('ArrowRight');
  await presenter.waitForURL(/\/present\/intuition\/3\/#presenter$/);
  await page.waitForURL(/\/present\/intuition\/3\/$/);
  // The timer runs on across slides.
  await expect(presenter.locator('[data-presenter-clock]')).not.toHaveText('0:00');
  await presenter.close();
});
