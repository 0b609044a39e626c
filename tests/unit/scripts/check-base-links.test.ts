import { describe, expect, it } from 'vitest';
import { findEscapes, urlsIn } from '../../../scripts/check-base-links.mjs';

const base = '/downhill/';
const built = new Set(['index.html', 'chapters/intuition/index.html', 'favicon.svg', '_astro/a.css']);
const exists = (p: string) => p === '' || built.has(p) || built.has(`${p.replace(/\/$/, '')}/index.html`);

describe('urlsIn', () => {
  it('reads links, sources, srcsets, island URLs, social meta and CSS urls from HTML', () => {
    const html = `<link rel="icon" href="/downhill/favicon.svg"><a href='/x/'>x</a>
      <img srcset="/a.png 1x, /downhill/b.png 2x"><astro-island component-url="/_astro/C.js" renderer-url="/downhill/_astro/r.js"></astro-island>
      <meta property="og:image" content="https://site.example/og/x.png"><div style="background:url('/bg.png')"></div>
      <script type="module">import("/ignored-in-code.js")</script>`;
    expect(urlsIn('index.html', html)).toEqual([
      '/downhill/favicon.svg',
      '/x/',
      '/a.png',
      '/downhill/b.png',
      '/_astro/C.js',
      '/downhill/_astro/r.js',
      'https://site.example/og/x.png',
      '/bg.png',
    ]);
  });
  it('reads CSS urls and imports, manifest icons and sitemap locations', () => {
    expect(urlsIn('a.css', `@import "/x.css"; src: url(/fonts/a.woff2)`)).toEqual(['/fonts/a.woff2', '/x.css']);
    expect(urlsIn('manifest.webmanifest', '{"start_url":"./","scope":"./","icons":[{"src":"icons/a.png"}]}')).toEqual(['./', './', 'icons/a.png']);
    expect(urlsIn('sitemap-0.xml', '<loc>https://s.example/downhill/</loc>')).toEqual(['https://s.example/downhill/']);
  });
});

describe('findEscapes', () => {
  const check = (file: string, urls: string[]) => findEscapes({ file, urls, base, site: 'https://s.example', exists });

  it('accepts URLs under the base that name built files, relative ones, fragments and other sites', () => {
    expect(check('chapters/intuition/index.html', ['/downhill/', '/downhill/chapters/intuition/#top', '../../favicon.svg', '#x', 'https://katex.org/', 'mailto:a@b.c', 'data:,x'])).toEqual([]);
  });
  it('flags root-absolute URLs that escape the base, also on the site itself', () => {
    expect(check('index.html', ['/chapters/intuition/', 'https://s.example/og/x.png'])).toEqual([
      'index.html: /chapters/intuition/ escapes the base /downhill/',
      'index.html: https://s.example/og/x.png escapes the base /downhill/',
    ]);
  });
  it('flags relative URLs that climb out of the base', () => {
    expect(check('index.html', ['../other/'])).toEqual(['index.html: ../other/ escapes the base /downhill/']);
  });
  it('flags links under the base that lead to no built file', () => {
    expect(check('index.html', ['/downhill/about/'])).toEqual(['index.html: /downhill/about/ names no built file']);
  });
});
