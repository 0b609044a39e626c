import { describe, expect, it } from 'vitest';
import { indexPage } from '../../../scripts/offline/search.mjs';
import { excluded } from '../../../scripts/search-exclude.mjs';

const PAGE = `<html><head><title>T</title></head><body><main><h1>Two wells</h1>
<h2 id="wells">Wells</h2><p>The ball rests in the right-hand well</p><div><span>Start</span> <em>here</em></div>
<figure><div class="controls"><label>Start</label></div><figcaption>The side view</figcaption></figure>
<details class="hint"><summary>Hint</summary><div>Look left</div></details>
<details class="solution" data-pagefind-ignore="all"><summary>Worked solution</summary><div>The second, sixteen times</div></details>
</main></body></html>`;

describe('the offline search index', () => {
  const records = indexPage(PAGE, 'chapters/two-wells/index.html');
  const all = records.map((r) => r.text).join(' | ');

  it('keeps word boundaries between block elements, and words inside a line together', () => {
    expect(all).toContain('right-hand well Start here');
    expect(all).not.toMatch(/wellStart|HintLook/);
    expect(all).toContain('Hint Look left');
  });

  it('leaves out worked solutions and figure chrome, as the online index does, but keeps captions', () => {
    expect(all).not.toContain('sixteen');
    expect(all).not.toContain('Worked solution');
    expect(all).toContain('The side view');
    expect(all.match(/Start/g)).toHaveLength(1);
  });

  it('matches the shared exclusions by class, tag and figure scope', () => {
    expect(excluded({ tagName: 'div', attrs: [{ name: 'class', value: 'a controls' }] }, true)).toBe(true);
    expect(excluded({ tagName: 'div', attrs: [{ name: 'class', value: 'controls' }] }, false)).toBe(false);
    expect(excluded({ tagName: 'span', attrs: [{ name: 'class', value: 'katex-html' }] }, false)).toBe(true);
    expect(excluded({ tagName: 'svg', attrs: [] }, true)).toBe(true);
    expect(excluded({ tagName: 'nav', attrs: [{ name: 'data-pagefind-ignore', value: '' }] }, false)).toBe(true);
  });
});
