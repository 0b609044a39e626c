/**
 * The body face (Source Serif 4, from @fontsource) is declared with
 * `font-display: swap`: the prose first paints in a fallback serif, then
 * re-wraps when the web font arrives, which moved the text under the reader
 * (page-load CLS up to 0.19). This Vite plugin rewrites it to `optional`: the
 * web font is used if it is there within the first ~100 ms, else the page
 * keeps the fallback serif (and the next page, with the font cached, uses it).
 * Nothing ever moves. FontPreload.astro fetches the upright Latin face first
 * thing, so it is there in time on all but slow links. KaTeX's faces stay
 * `block`: math is set with their metrics and must not show in another font.
 */
export default function fontDisplayOptional() {
  return {
    name: 'downhill:font-display-optional',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource-variable[\\/]source-serif-4[\\/][\w-]+\.css(\?|$)/.test(id)) return null;
      return code.replaceAll('font-display: swap', 'font-display: optional');
    },
  };
}
