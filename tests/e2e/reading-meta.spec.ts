import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures';

/** Every chapter, from content/chapters/NN-slug.mdx. */
const CHAPTERS = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

test('every chapter has its own title, description, canonical URL and social preview image', async ({ page, request }) => {
  const titles = new Set<string>();
  for (const slug of CHAPTERS) {
    await page.goto(`/chapters/${slug}/`);
    const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
    await expect(page).toHaveTitle(`${h1} · Downhill`);
    titles.add(await page.title());
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(40);
    expect(await meta('meta[property="og:title"]')).toBe(h1);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`/chapters/${slug}/$`));
    const image = (await meta('meta[property="og:image"]')) ?? '';
    expect(image).toMatch(new RegExp(`/og/${slug}\\.png$`));
    const png = await request.get(new URL(image).pathname);
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toContain('image/png');
    const bytes = await png.body();
    expect(bytes.readUInt32BE(16)).toBe(1200); // PNG IHDR width
    expect(bytes.readUInt32BE(20)).toBe(630);
  }
  expect(titles.size).toBe(CHAPTERS.length);
});

test('favicon, manifest and icons are served', async ({ page, request }) => {
  await page.goto('/');
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/favicon.svg');
  const manifestUrl = (await page.locator('link[rel="manifest"]').getAttribute('href')) ?? '';
  const manifest = await (await request.get(manifestUrl)).json();
  expect(manifest.short_name).toBe('Downhill');
  for (const icon of manifest.icons as { src: string }[]) {
    const res = await request.get(new URL(icon.src, new URL(manifestUrl, 'http://x')).pathname);
    expect(res.status(), icon.src).toBe(200);
  }
  expect((await request.get('/icons/apple-touch-icon.png')).status()).toBe(200);
});

test('the sitemap lists the home page and every chapter, and no embeds', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const map = await (await request.get('/sitemap-0.xml')).text();
  for (const slug of CHAPTERS) expect(map).toContain(`/chapters/${slug}/</loc>`);
  expect(map).not.toContain('/embed/');
  expect(map).not.toContain('/404');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
});

test('an unknown address shows the 404 page with a way back', async ({ page, request }) => {
  const res = await request.get('/no/such/page/');
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain('This path leads nowhere');
  // (Loading the 404 itself in the page would log the 404 as a console error.)
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This path leads nowhere');
  await expect(page).toHaveTitle('Page not found · Downhill');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('link', { name: 'Go to the contents' }).click();
  await expect(page).toHaveURL(/\/$/);
});
