import katex from 'katex';

/**
 * Speaker notes for a slide, taken from the chapter's own text: the paragraphs
 * that lead up to the figure (back to the section's heading, at most three)
 * and the one that follows it. The presenter's view shows them; the chapter
 * stays the one source, so the notes follow every edit of the prose.
 *
 *   slideNotes(chapter.body, 'Volcano'); // ['The trail above is made up. …', 'Where the hiker starts …']
 *
 * Each note is HTML: the paragraph's Markdown (bold, emphasis, code, links as
 * their text) with its inline and display math rendered by KaTeX.
 */
export function slideNotes(body: string, view: string): string[] {
  const blocks = splitBlocks(body);
  const at = blocks.findIndex((b) => new RegExp(`^(?:<div[^>]*>)?<${view}[\\s/>]`).test(b));
  if (at < 0) return [];
  const before: string[] = [];
  for (let i = at - 1; i >= 0 && before.length < 3; i--) {
    const b = blocks[i]!;
    if (/^#{1,6}\s/.test(b)) break;
    if (isProse(b)) before.unshift(b);
  }
  const after = blocks.slice(at + 1).find((b) => isProse(b) || /^#{1,6}\s/.test(b));
  const notes = after && isProse(after) ? [...before, after] : before;
  return notes.map(renderNote);
}

/** The source's blocks: paragraphs, headings, components (a tag to its closing line), display math, front matter and imports dropped. */
function splitBlocks(body: string): string[] {
  const text = body.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let cur: string[] = [];
  let inMath = false;
  let tag: string | undefined;
  const flush = (): void => {
    const b = cur.join('\n').trim();
    if (b) out.push(b);
    cur = [];
  };
  for (const line of text.split('\n')) {
    if (tag) {
      cur.push(line);
      if (line.startsWith(`</${tag}>`)) {
        tag = undefined;
        flush();
      }
      continue;
    }
    if (line.trim() === '$$') {
      cur.push(line);
      inMath = !inMath;
      continue;
    }
    if (inMath) {
      cur.push(line);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const open = /^<([A-Z][A-Za-z]*)\b/.exec(line);
    if (open && cur.length === 0) {
      cur.push(line);
      // A component whose opening line does not close it runs to its closing tag.
      if (!/\/>\s*$/.test(line) && !line.includes(`</${open[1]!}>`)) tag = open[1]!;
      continue;
    }
    cur.push(line);
  }
  flush();
  return out;
}

const isProse = (b: string): boolean => !/^(<|import\s|export\s|#|\||```|:::|- |\* |\d+\. )/.test(b);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

function tex(src: string, display: boolean): string {
  return katex.renderToString(src, { displayMode: display, throwOnError: false, strict: 'ignore', trust: false, output: 'html' });
}

/** One block of Markdown as HTML: math first (kept out of the inline rules), then code, bold, emphasis and links. */
function renderNote(block: string): string {
  const maths: string[] = [];
  const keep = (html: string): string => `\u0000${maths.push(html) - 1}\u0000`;
  let s = block
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, m: string) => keep(tex(m.trim(), true)))
    .replace(/\$([^$\n]+?)\$/g, (_, m: string) => keep(tex(m, false)))
    .replace(/`([^`]+)`/g, (_, c: string) => keep(`<code>${escapeHtml(c)}</code>`));
  s = escapeHtml(s)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\n]+)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|\W)_([^_\n]+)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s*\n\s*/g, ' ');
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => maths[Number(i)]!);
}
