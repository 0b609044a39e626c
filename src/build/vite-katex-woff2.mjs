/**
 * KaTeX's stylesheet lists each font three times (woff2, woff, ttf). Every
 * browser we support reads woff2, so this Vite plugin drops the other two from
 * the CSS; the build then copies only the woff2 files (a much smaller site and
 * offline zip).
 */
export default function katexWoff2Only() {
  return {
    name: 'downhill:katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css(\?|$)/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\("woff"\)|,\s*url\([^)]*\.ttf\)\s*format\("truetype"\)/g, '');
    },
  };
}
