import { test, expect, hydrated } from './fixtures';

/**
 * On a phone, whatever is cut off and scrolls sideways says so: the
 * computation graphs (Figs 2.3 and 7.1) and the long display formulas were cut
 * mid-node or mid-glyph ("...flow back fron") with nothing to show that more
 * was there. Each scrolling region carries the scroll shadows (global.css):
 * on the side with hidden content the shadow shows; at that end it is covered
 * (looked at in screenshots, light and dark).
 */

for (const chapter of ['update-rule', 'network', 'learning-rate', 'momentum-adam']) {
  test(`at 390 px every sideways-scrolling formula, table and graph in ${chapter} shows that it scrolls`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/chapters/${chapter}/`);
    // Bring every figure in, so their graphs are drawn at their real width.
    for (const fig of await page.locator('figure.figure').all()) await fig.scrollIntoViewIfNeeded();
    await hydrated(page);
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .katex-display, main table, .scroll-x')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'auto')
        .map((el) => ({ what: el.className || el.tagName, background: getComputedStyle(el).backgroundImage })),
    );
    if (chapter === 'update-rule' || chapter === 'network') expect(regions.some((r) => r.what.includes('scroll-x')), 'the computation graph scrolls at 390 px').toBe(true);
    for (const r of regions) {
      expect(r.background, r.what).toContain('radial-gradient');
      expect(r.background, r.what).toContain('linear-gradient');
    }
  });
}
