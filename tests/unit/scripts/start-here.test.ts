import { describe, expect, it } from 'vitest';
import { inBookOrder, startHere } from '../../../scripts/offline/start-here.mjs';

const pages = [
  { url: 'about/index.html', title: 'About' },
  { url: 'chapters/intuition/index.html', title: 'Intuition' },
  { url: 'chapters/learning-rate/index.html', title: 'The learning rate' },
  { url: 'chapters/update-rule/index.html', title: 'The update rule' },
  { url: 'notation/index.html', title: 'Notation' },
  { url: 'zz-unlinked/index.html', title: 'A page the home page does not link' },
];

describe('the offline START-HERE page', () => {
  it('lists the pages in the order the home page links them, the rest after by title', () => {
    const home = `<header><a href="index.html">Downhill</a></header><main>
      <a href="chapters/intuition/index.html">1</a><a href="./chapters/update-rule/">2</a>
      <a href="chapters/learning-rate/index.html#start">3</a><a href="about/index.html">About</a>
      <a href="chapters/intuition/index.html">again</a></main><footer><a href="notation/index.html">Notation</a></footer>`;
    expect(inBookOrder(pages, home).map((p) => p.url)).toEqual([
      'chapters/intuition/index.html',
      'chapters/update-rule/index.html',
      'chapters/learning-rate/index.html',
      'about/index.html',
      'notation/index.html',
      'zz-unlinked/index.html',
    ]);
  });

  it('keeps the order it is given', () => {
    const html = startHere({ version: '1.0.0', pages: [pages[3]!, pages[1]!] });
    expect(html.indexOf('update-rule')).toBeLessThan(html.indexOf('intuition'));
  });
});
