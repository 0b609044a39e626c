import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import rehypeKatexStrict from '../../../src/build/rehype-katex-strict.mjs';
import rehypeBaseLinks from '../../../src/build/rehype-base-links.mjs';
import rehypeMathPunctuation from '../../../src/build/rehype-math-punctuation.mjs';

const render = (md: string, base = '/') =>
  unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remarkRehype)
    .use(rehypeKatex, { strict: 'error' })
    .use(rehypeKatexStrict)
    .use(rehypeMathPunctuation)
    .use(rehypeBaseLinks, { base })
    .use(rehypeStringify)
    .process(md);

describe('build-time math', () => {
  it('renders inline and display math to KaTeX markup', async () => {
    const html = String(await render('Loss $L(w)$ and\n\n$$\nw \\leftarrow w - \\alpha g\n$$\n'));
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
  });

  it('fails the build on a formula KaTeX cannot parse, naming the problem', async () => {
    await expect(render('Broken $\\frac{1}{$ here')).rejects.toThrow(/KaTeX could not render 1 formula/);
  });
});

describe('base-path links', () => {
  it('prefixes root-absolute links with the base path', async () => {
    const html = String(await render('[next](/chapters/variants/) and [out](https://example.org/)', '/downhill/'));
    expect(html).toContain('href="/downhill/chapters/variants/"');
    expect(html).toContain('href="https://example.org/"');
  });

  it('leaves links alone when the site lives at the root', async () => {
    const html = String(await render('[next](/chapters/variants/)'));
    expect(html).toContain('href="/chapters/variants/"');
  });

  it('keeps an inline formula with the punctuation after it, and only that', async () => {
    const html = String(await render('with $a_0 = 1$, then $b$; and $c$ plain, and $d$.\n'));
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">.*?<\/span>,<\/span> then/);
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">.*?<\/span>;<\/span> and/);
    expect(html).toMatch(/<span class="math-nowrap"><span class="katex">.*?<\/span>\.<\/span>/);
    // A formula followed by a space is left as it is.
    expect((html.match(/math-nowrap/g) ?? []).length).toBe(3);
  });
});
