import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect, hydrated } from './fixtures';

/**
 * Axis titles never sit on their tick labels and are never cut off: on every
 * widget's embed page, at a phone's width and a desktop's, each axis title's
 * box is clear of every tick label of the same axis and inside its SVG. (The
 * scatter plot's "Body mass (g)" covered the first digit of "5,000" until its
 * left margin grew; the loss chart's title once touched "1e−4" the same way.)
 */

const OUT = path.resolve(process.env.OUT_DIR ?? 'dist');
const WIDGETS = readdirSync(path.join(OUT, 'embed'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

test('there are embed pages to check', () => {
  expect(WIDGETS.length).toBeGreaterThan(20);
});

for (const width of [390, 1280]) {
  test(`at ${width} px no axis title overlaps its tick labels or leaves its SVG, in any widget`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const overlaps: string[] = [];
    let axes = 0;
    for (const id of WIDGETS) {
      await page.goto(`/embed/${id}/`);
      await hydrated(page);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const groups = [...document.querySelectorAll('g.axis')];
        for (const g of groups) {
          const title = g.querySelector('.axis-label');
          if (!title) continue;
          const t = title.getBoundingClientRect();
          const svg = g.closest('svg')?.getBoundingClientRect();
          if (svg && (t.left < svg.left - 0.5 || t.right > svg.right + 0.5 || t.top < svg.top - 0.5 || t.bottom > svg.bottom + 0.5)) {
            out.push(`"${title.textContent ?? ''}" cut off by its SVG's edge (${g.getAttribute('data-axis') ?? '?'} axis) by ${Math.max(svg.left - t.left, t.right - svg.right, svg.top - t.top, t.bottom - svg.bottom).toFixed(1)} px`);
          }
          for (const tick of g.querySelectorAll('.tick-label')) {
            const r = tick.getBoundingClientRect();
            // Overlap by more than half a pixel both ways.
            if (Math.min(t.right, r.right) - Math.max(t.left, r.left) > 0.5 && Math.min(t.bottom, r.bottom) - Math.max(t.top, r.top) > 0.5) {
              out.push(`"${title.textContent ?? ''}" over "${tick.textContent ?? ''}" (${g.getAttribute('data-axis') ?? '?'} axis)`);
            }
          }
        }
        return { out, axes: groups.length };
      });
      axes += found.axes;
      overlaps.push(...found.out.map((o) => `${id}: ${o}`));
    }
    expect(axes).toBeGreaterThan(30);
    expect(overlaps).toEqual([]);
  });
}

/**
 * On a phone, no text inside a plot is drawn too small to read. An SVG with a
 * fixed viewBox scales its type with the column: the backpropagation graph's
 * labels came out at 5-6 px at 390 px, the hiker's axis note at 7 px, the
 * grid-cost chart's powers of ten at 7 px (a 9 px <tspan> in a scaled chart).
 * Checked at 360 px, the narrowest common phone.
 */
const SMALLEST = 9;
test(`at 360 px no text in any widget's plot is drawn under ${SMALLEST} px`, async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 900 });
  const small: string[] = [];
  let texts = 0;
  for (const id of WIDGETS) {
    await page.goto(`/embed/${id}/`);
    await hydrated(page);
    const found = await page.evaluate((min) => {
      const out: string[] = [];
      const all = [...document.querySelectorAll('svg text, svg tspan')].filter((t) => t.getBoundingClientRect().width > 0);
      for (const t of all) {
        const m = (t as SVGTextContentElement).getScreenCTM();
        const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
        if (px < min) out.push(`"${(t.textContent ?? '').slice(0, 30)}" at ${px.toFixed(1)} px`);
      }
      return { out, texts: all.length };
    }, SMALLEST);
    texts += found.texts;
    small.push(...found.out.map((o) => `${id}: ${o}`));
  }
  expect(texts).toBeGreaterThan(300);
  expect(small).toEqual([]);
});
