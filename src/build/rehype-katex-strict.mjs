/**
 * Fails the build when KaTeX could not render a formula.
 *
 * rehype-katex reports a bad formula as a vfile message and then prints the
 * source in red on the page. A textbook must not ship red TeX, so this plugin,
 * run right after rehype-katex, turns any such message into a build error that
 * names the file, the line and the formula.
 */
export default function rehypeKatexStrict() {
  return (_tree, file) => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length === 0) return;
    const lines = bad.map((m) => {
      const where = m.place && 'line' in m.place ? `:${m.place.line}` : '';
      return `  ${file.path ?? 'markdown'}${where}: ${m.cause?.message ?? m.reason}`;
    });
    throw new Error(`KaTeX could not render ${bad.length} formula(s):\n${lines.join('\n')}`);
  };
}
