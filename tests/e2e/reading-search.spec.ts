import { test, expect } from './fixtures';

/** One term from each chapter, and the chapter search must find for it. */
const TERMS: [string, string][] = [
  ['blindfolded', '/chapters/intuition/'],
  ['partial derivative', '/chapters/update-rule/'],
  ['curvature', '/chapters/learning-rate/'],
  ['penguin', '/chapters/variants/'],
  ['momentum', '/chapters/momentum-adam/'],
  ['saddles', '/chapters/local-minima/'],
  ['backpropagation', '/chapters/network/'],
];

const pagefindRequests = (urls: string[]) => urls.filter((u) => u.includes('/pagefind/'));

test('a chapter loads no search code until the reader opens search', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/chapters/learning-rate/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests(urls)).toEqual([]);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('dialog', { name: 'Search the book' })).toBeVisible();
  await expect.poll(() => pagefindRequests(urls).some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('"/" opens search, Esc closes it and gives focus back', async ({ page }) => {
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Search the book' });
  await expect(dialog).toBeHidden();
  await page.locator('body').press('/');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the chapters' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const opener = page.getByRole('button', { name: 'Search' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('typing "momentum" finds the momentum chapter and links to a section of it', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').press('/');
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('momentum');
  const results = page.locator('[data-search-results] a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.startsWith('/chapters/momentum-adam/'))).toBe(true);
  // Sections link to their heading.
  const section = page.locator('[data-search-results] a.section[href^="/chapters/momentum-adam/#"]').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href')) ?? '';
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1] ?? '')}"]`)).toBeInViewport();
});

for (const [term, chapter] of TERMS) {
  test(`search finds "${term}" in ${chapter}`, async ({ page }) => {
    await page.goto('/');
    await page.locator('body').press('/');
    await page.getByRole('searchbox', { name: 'Search the chapters' }).fill(term);
    await expect(page.locator(`[data-search-results] > li > a.page[href^="${chapter}"]`)).toBeVisible();
  });
}

test('search finds what chapters teach, not the answers to their exercises: a word only a worked solution uses finds nothing', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').press('/');
  // "disguise" is in a worked solution (chapter 7) and nowhere else in the chapters.
  // Pagefind answers every query with its nearest words, so: none of them is it.
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('disguise');
  await expect(page.locator('[data-search-status]')).toContainText(/found|No results/);
  const marks = await page.locator('[data-search-results] mark').allTextContents();
  expect(marks.map((m) => m.toLowerCase())).not.toContain('disguise');
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('saddle');
  const excerpts = page.locator('[data-search-results] .ex');
  await expect(excerpts.first()).toBeVisible();
  for (const t of await excerpts.allTextContents()) expect(t, 'a snippet that runs two words together').not.toMatch(/[a-z]{3}(?:Worked|Start|The|Solution)\b/);
});

test('search says so when nothing matches', async ({ page }) => {
  await page.goto('/');
  await page.locator('body').press('/');
  await page.getByRole('searchbox', { name: 'Search the chapters' }).fill('qqxzqjv');
  await expect(page.getByRole('status').filter({ hasText: 'No results' })).toBeVisible();
});
