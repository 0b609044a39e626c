import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled except embeds and dev harnesses; points at the sitemap. */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const sitemap = new URL(`${base}sitemap-index.xml`, site ?? 'http://localhost/').href;
  const body = `User-agent: *\nDisallow: ${base}embed/\nDisallow: ${base}dev/\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
