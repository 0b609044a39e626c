// What the search indexes leave out of a page, online (Pagefind, scripts/build-search.mjs)
// and offline (scripts/offline/search.mjs): KaTeX writes every formula twice (HTML and
// MathML, with a TeX annotation), so its HTML copy and the annotation go, or each
// formula would be indexed three times; so does a figure's chrome (tools, controls,
// keyboard help, live readouts). Anything marked data-pagefind-ignore goes too: the
// chapter's pager and resume note, and the exercises' worked solutions (a search for
// a word should find the chapter that teaches it, not the answer to its exercise).
//
// Selectors of three shapes only, so the offline indexer can match them without a
// CSS engine: `.class`, `tag`, and either of those after `figure `.
export const EXCLUDE = [
  '.katex-html',
  'annotation',
  'figure .tools',
  'figure .controls',
  'figure .stage',
  'figure .keys',
  'figure .summary',
  'figure .embed',
  'figure .link-out',
  'figure .notice',
  'figure svg',
  'figure canvas',
];

/**
 * Whether a parsed element (parse5: `tagName`, `attrs`) is left out, given
 * whether it stands inside a <figure>.
 * @param {{ tagName?: string, attrs?: { name: string, value: string }[] }} node
 * @param {boolean} inFigure
 */
export function excluded(node, inFigure) {
  if (!node.tagName) return false;
  if (node.attrs?.some((a) => a.name === 'data-pagefind-ignore')) return true;
  const classes = (node.attrs?.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
  return EXCLUDE.some((selector) => {
    const [scope, simple] = selector.startsWith('figure ') ? ['figure', selector.slice(7)] : ['', selector];
    if (scope && !inFigure) return false;
    return simple.startsWith('.') ? classes.includes(simple.slice(1)) : node.tagName === simple;
  });
}
