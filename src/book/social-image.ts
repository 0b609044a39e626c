/**
 * Social preview cards (Open Graph, 1200×630) drawn as SVG at build time and
 * rasterised to PNG by sharp (librsvg): no network, no browser. Text uses the
 * machine's serif (DejaVu/Liberation on Debian; any serif elsewhere).
 */

export interface CardText {
  /** Small line above the title, e.g. "Chapter 3". */
  kicker: string;
  title: string;
  /** One or two sentences. */
  summary: string;
}

const W = 1200;
const H = 630;

/** Escapes text for SVG/XML. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/**
 * Greedy word wrap to at most `maxLines` lines of `width` characters; the last
 * line ends with an ellipsis when text is left over.
 * @example wrap('a b c', 3, 2) // ['a b', 'c']
 */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = line ? `${line} ${w}` : w;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = w;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  if (i < words.length && lines.length) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.length > width - 1 ? last.slice(0, width - 1).trimEnd() : last}…`;
  }
  return lines;
}

/** The card as an SVG document. */
export function cardSvg({ kicker, title, summary }: CardText): string {
  const titleLines = wrap(title, 22, 3);
  const titleSize = titleLines.length > 2 ? 56 : 64;
  const titleTop = 280;
  const summaryTop = titleTop + titleLines.length * titleSize * 1.12 + 30;
  const summaryLines = wrap(summary, 52, Math.max(1, Math.min(3, Math.floor((H - 60 - summaryTop) / 40))));
  const serif = "'Source Serif 4', 'DejaVu Serif', 'Liberation Serif', Georgia, serif";
  const sans = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
  const tspans = (lines: string[], x: number, dy: number) =>
    lines.map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : dy}">${xmlEscape(l)}</tspan>`).join('');
  // Contour rings of a bowl off to the right, and a path walking down into it.
  const rings = [50, 100, 150, 200, 250, 300]
    .map((r, i) => `<ellipse cx="1090" cy="120" rx="${r * 1.35}" ry="${r}" fill="none" stroke="#1a5ea8" stroke-opacity="${0.3 - i * 0.04}" stroke-width="3"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<rect width="${W}" height="${H}" fill="#fdfcf9"/>
${rings}
<path d="M 760 40 C 820 150, 930 60, 980 150 S 1060 100, 1090 120" fill="none" stroke="#c2410c" stroke-width="5" stroke-linecap="round" stroke-dasharray="2 16"/>
<circle cx="1090" cy="120" r="13" fill="#c2410c"/>
<rect x="0" y="0" width="14" height="${H}" fill="#1a5ea8"/>
<g transform="translate(80 78)">
  <rect width="52" height="52" rx="11" fill="#1a5ea8"/>
  <path d="M 6.5 14.6 C 17.9 14.6, 21.1 40.6, 32.5 40.6 S 43.9 32.5, 47.1 29.3" fill="none" stroke="#fff" stroke-width="4.8" stroke-linecap="round"/>
  <circle cx="32.5" cy="40.6" r="5.5" fill="#ffb86b"/>
  <text x="70" y="38" font-family="${sans}" font-size="34" font-weight="700" fill="#1c1e22">Downhill</text>
</g>
<text x="80" y="${titleTop - 82}" font-family="${sans}" font-size="26" letter-spacing="3" fill="#555a63">${xmlEscape(kicker.toUpperCase())}</text>
<text x="80" y="${titleTop}" font-family="${serif}" font-size="${titleSize}" font-weight="700" fill="#1c1e22">${tspans(titleLines, 80, titleSize * 1.12)}</text>
<text x="80" y="${summaryTop}" font-family="${serif}" font-size="30" fill="#3d4149">${tspans(summaryLines, 80, 40)}</text>
</svg>`;
}

/** The card as a PNG (sharp is loaded only at build time). */
export async function cardPng(text: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  const png = await sharp(Buffer.from(cardSvg(text))).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
  return new Uint8Array(png);
}

/** The site icon (public/favicon.svg's drawing) as a square PNG for the web manifest. */
export async function iconPng(size: number, maskable = false): Promise<Uint8Array<ArrayBuffer>> {
  const { default: sharp } = await import('sharp');
  // A maskable icon keeps its drawing inside the central 80% safe zone, on a full-bleed background.
  const inner = maskable
    ? '<rect width="32" height="32" fill="#1a5ea8"/><g transform="translate(3.2 3.2) scale(0.8)">'
    : '<rect width="32" height="32" rx="7" fill="#1a5ea8"/><g>';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${inner}<path d="M4 9 C 11 9, 13 25, 20 25 S 27 20, 29 18" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/><circle cx="20" cy="25" r="3.4" fill="#ffb86b"/></g></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}
