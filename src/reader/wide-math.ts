/**
 * Display formulas and tables scroll sideways on narrow screens (global.css).
 * A region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe's
 * scrollable-region-focusable), so each one on the page that is wider than
 * its column becomes focusable, and stops being so when it fits again.
 * Figures manage their own formulas and tables.
 */
export function focusableWideMath(root: ParentNode = document): void {
  const update = (): void => {
    for (const el of root.querySelectorAll<HTMLElement>('main .katex-display, main table')) {
      if (el.closest('figure')) continue;
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    }
  };
  update();
  let frame = 0;
  addEventListener('resize', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  });
}
