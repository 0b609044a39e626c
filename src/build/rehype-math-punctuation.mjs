/**
 * Keeps inline math with the punctuation that follows it. "with $\alpha_0 = 0.3$, what"
 * could break between the formula and its comma, leaving a line that starts
 * with ", what". Run after rehype-katex: an inline formula (`span.katex`)
 * followed by a text node that starts with closing punctuation is wrapped,
 * with that punctuation, in `<span class="math-nowrap">` (white-space: nowrap).
 */
const PUNCT = /^[,.;:!?)\]’”…]+/;

const isInlineMath = (node) =>
  node?.type === 'element' && node.tagName === 'span' && Array.isArray(node.properties?.className) && node.properties.className.includes('katex');

function visit(node) {
  if (!Array.isArray(node.children)) return;
  const out = [];
  const kids = node.children;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    const next = kids[i + 1];
    const m = isInlineMath(kid) && next?.type === 'text' ? PUNCT.exec(next.value) : null;
    if (m) {
      out.push({ type: 'element', tagName: 'span', properties: { className: ['math-nowrap'] }, children: [kid, { type: 'text', value: m[0] }] });
      const rest = next.value.slice(m[0].length);
      if (rest) out.push({ ...next, value: rest });
      i++;
      continue;
    }
    if (!isInlineMath(kid)) visit(kid);
    out.push(kid);
  }
  node.children = out;
}

export default function rehypeMathPunctuation() {
  return (tree) => visit(tree);
}
