import { test, expect } from './fixtures';

/**
 * Math is drawn by the stylesheet it was rendered for: a subscript is smaller
 * than its base and sits below its baseline, a superscript above. With two
 * KaTeX versions (markup from 0.16, CSS from 0.19) both were full size on the
 * baseline, so α₀ read as α0 and 10⁻⁶ as 10−6, on every chapter.
 */
test('sub- and superscripts in the prose are small and off the baseline', async ({ page }) => {
  await page.goto('/chapters/learning-rate/');
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('.prose .katex, main .katex')].flatMap((k) =>
      [...k.querySelectorAll('.msupsub')].slice(0, 1).map((s) => {
        const base = s.previousElementSibling ?? s.parentElement!;
        const small = s.querySelector('.mtight') as HTMLElement;
        const b = base.getBoundingClientRect();
        const t = small.getBoundingClientRect();
        return {
          tex: k.querySelector('annotation')?.textContent ?? '',
          ratio: parseFloat(getComputedStyle(small).fontSize) / parseFloat(getComputedStyle(base).fontSize),
          shifted: Math.abs((t.top + t.bottom) / 2 - (b.top + b.bottom) / 2),
        };
      }),
    ),
  );
  expect(scripts.length, 'formulas with scripts on the page').toBeGreaterThan(10);
  for (const s of scripts.slice(0, 40)) {
    expect(s.ratio, s.tex).toBeLessThan(0.8);
    expect(s.shifted, s.tex).toBeGreaterThan(1);
  }
});
