import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slideNotes } from '~/book/slide-notes';
import { WIDGETS } from '~/widgets/registry';

const chapterFiles = readdirSync('content/chapters');
const bodyOf = (chapter: number): string | undefined => {
  const f = chapterFiles.find((x) => Number(x.slice(0, 2)) === chapter);
  return f ? readFileSync(`content/chapters/${f}`, 'utf8') : undefined;
};
const viewName = (id: string): string => id.split('-').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
const text = (html: string): string => html.replace(/<span class="katex">[\s\S]*?<\/span>(?=\s|$|[^<])/g, ' M ').replace(/<[^>]+>/g, '');

describe('slide notes', () => {
  it('take the paragraphs that lead to a figure (back to its heading) and the one after it', () => {
    const body = readFileSync('content/chapters/01-intuition.mdx', 'utf8');
    const notes = slideNotes(body, 'Volcano');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^The trail above is made up\. Figure 1\.2 is not/);
    expect(notes[1]).toMatch(/^Where the hiker starts decides where they end\. This is <strong>random initialisation<\/strong>/);
    // Inline math is typeset, not left as TeX source.
    expect(notes[0]).toContain('class="katex"');
    expect(notes[0]).not.toContain('$\\alpha');
  });

  it('give every chapter figure notes, with no Markdown or TeX left raw', () => {
    for (const w of WIDGETS.filter((x) => x.chapter > 0)) {
      const body = bodyOf(w.chapter);
      expect(body, w.id).toBeDefined();
      const notes = slideNotes(body!, viewName(w.id));
      expect(notes.length, w.id).toBeGreaterThan(0);
      expect(notes.length, w.id).toBeLessThanOrEqual(4);
      for (const n of notes) {
        const t = text(n);
        expect(t, w.id).not.toMatch(/\*\*|\$|\]\(|client:\w+/);
      }
    }
  });

  it('escape text and stop at the section heading', () => {
    const body = ['## One', '', 'Before the heading.', '', '## Two', '', 'Say a < b and **bold** with [a link](/x/).', '', '<div class="figure-wide"><Thing client:visible id="thing" /></div>', '', '<Exercise id="e">', '', 'inside', '', '</Exercise>', '', 'After, with $x^2$.'].join('\n');
    const notes = slideNotes(body, 'Thing');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toBe('Say a &lt; b and <strong>bold</strong> with a link.');
    expect(notes[1]).toMatch(/^After, with <span class="katex">/);
    expect(slideNotes(body, 'Missing')).toEqual([]);
  });
});
