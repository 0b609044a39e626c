/**
 * Prefixes root-absolute links written in Markdown/MDX (`[x](/chapters/...)`)
 * with Astro's `base`, so the book works when deployed under a sub-path.
 * Astro does not do this for Markdown links by itself.
 */
export default function rehypeBaseLinks({ base = '/' } = {}) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const visit = (node) => {
    if (node.type === 'element' && (node.tagName === 'a' || node.tagName === 'img')) {
      const attr = node.tagName === 'a' ? 'href' : 'src';
      const v = node.properties?.[attr];
      if (prefix && typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') && !v.startsWith(prefix + '/')) {
        node.properties[attr] = prefix + v;
      }
    }
    if (node.children) for (const c of node.children) visit(c);
  };
  return (tree) => visit(tree);
}
