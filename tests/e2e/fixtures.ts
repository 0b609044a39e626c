import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with two watchers: console errors and page errors
 * fail the test, and so does any request to an origin other than the site's own.
 */
export const test = base.extend<{ guard: { errors: string[]; foreign: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const own = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        const u = new URL(r.url());
        if (!['data:', 'blob:', 'about:'].includes(u.protocol) && u.origin !== own) foreign.push(r.url());
      });
      await use({ errors, foreign });
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Wait until every Astro island on the page has hydrated — except `client:visible`
 * islands that are off screen, which by design hydrate only when scrolled to
 * (scroll to a figure first, then call this).
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((el) => {
      if (!el.hasAttribute('ssr')) return true;
      if (!['visible', 'figure'].includes(el.getAttribute('client') ?? '')) return false;
      const r = (el.firstElementChild ?? el).getBoundingClientRect();
      return r.bottom < 0 || r.top > window.innerHeight;
    }),
  );
}
