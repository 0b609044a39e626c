import { test, expect } from './fixtures';

test('the notation page lists the book’s symbols with anchors', async ({ page }) => {
  await page.goto('/notation/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notation and glossary');
  for (const id of ['alpha', 'eta', 'nabla', 'theta', 'w', 'b', 'L', 'J', 'beta', 'beta12', 'epsilon', 'm', 'mhat', 'lambda', 'Lip', 'mu', 'kappa', 'B', 't', 'delta']) {
    await expect(page.locator(`#sym-${id}`), id).toHaveCount(1);
  }
  await expect(page.locator('#sym-alpha .katex')).toHaveCount(1);
});

test('every chapter links to the notation near its top', async ({ page }) => {
  for (const slug of ['intuition', 'update-rule', 'learning-rate', 'variants', 'momentum-adam', 'local-minima', 'network']) {
    await page.goto(`/chapters/${slug}/`);
    const link = page.locator('.chapter-head .kicker a', { hasText: 'Notation' });
    await expect(link, slug).toHaveAttribute('href', /\/notation\/$/);
  }
  await page.locator('.chapter-head .kicker a', { hasText: 'Notation' }).click();
  await expect(page).toHaveURL(/\/notation\/$/);
});

test('the references page links every curriculum reference', async ({ page }) => {
  await page.goto('/references/');
  for (const href of ['arxiv.org/abs/1609.04747', 'arxiv.org/abs/1606.04474', 'arxiv.org/abs/1412.6980', 'arxiv.org/abs/1608.03983', 'arxiv.org/abs/1711.05101', 'distill.pub/2017/momentum', 'doi.org/10.1038/323533a0', 'doi.org/10.1016/0165-1684']) {
    await expect(page.locator(`a[href*="${href}"]`), href).toHaveCount(1);
  }
});

test('the about page credits data and libraries with their licences', async ({ page }) => {
  await page.goto('/about/');
  const data = page.locator('#credits-data + table');
  await expect(data).toContainText('BSD-3-Clause');
  await expect(data).toContainText('CC0');
  await expect(data).toContainText('StatLib');
  const software = page.locator('#credits-software + table');
  for (const s of ['Astro', 'Svelte', 'D3', 'KaTeX', 'Pagefind', 'Source Serif 4', 'ISC', 'SIL Open Font License 1.1']) await expect(software, s).toContainText(s);
});

test('the footer and header link the playground and the reference pages', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('footer.site-footer');
  for (const [name, path] of [['Playground', '/playground/'], ['Notation', '/notation/'], ['References', '/references/'], ['Credits and licences', '/about/#credits']] as const) {
    await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', new RegExp(`${path.replace(/[/#]/g, '\\$&')}$`));
  }
  await page.locator('header .playground-link').click();
  await expect(page).toHaveURL(/\/playground\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Playground');
});

test('/chapters/ and /embed/ are pages, not 404s: the contents in reading order, and every embed', async ({ page }) => {
  const chapters = await page.goto('/chapters/');
  expect(chapters?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapters');
  await expect(page.locator('main .lede')).toContainText('once in the playground');
  const hrefs = await page.locator('main ol.cards a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toEqual(['intuition', 'update-rule', 'learning-rate', 'variants', 'momentum-adam', 'local-minima', 'network'].map((s) => `/chapters/${s}/`));

  const embeds = await page.goto('/embed/');
  expect(embeds?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embeds');
  await expect(page.locator('main .lede')).toContainText('use the instructors');
  for (const id of ['hiker', 'race', 'basins', 'network', 'playground']) await expect(page.locator(`main a[href="/embed/${id}/"]`), id).toHaveCount(1);
  await page.locator('main a[href="/embed/race/"]').click();
  await expect(page).toHaveURL(/\/embed\/race\/$/);
  await expect(page.getByText('The optimizer race').first()).toBeVisible();
});
