/**
 * Colour arithmetic: parsing, mixing and WCAG contrast. Small and dependency-free
 * so colour maps and palettes can be checked in unit tests.
 */

/** An sRGB colour with channels in 0..255. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/**
 * Parse `#rgb`, `#rrggbb` or `rgb(r, g, b)` (the forms d3-scale-chromatic and CSS
 * custom properties produce). Returns null for anything else.
 *
 *   parseColour('#14161a') // { r: 20, g: 22, b: 26 }
 */
export function parseColour(s: string): Rgb | null {
  const t = s.trim().toLowerCase();
  let m = /^#([0-9a-f]{6})$/.exec(t);
  if (m?.[1] !== undefined) {
    const n = parseInt(m[1], 16);
    return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
  }
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(t);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    return { r: parseInt(m[1] + m[1], 16), g: parseInt(m[2] + m[2], 16), b: parseInt(m[3] + m[3], 16) };
  }
  m = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*[\d.]+\s*)?\)$/.exec(t);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    const c = [m[1], m[2], m[3]].map((v) => Math.min(255, Math.max(0, Math.round(Number(v)))));
    return { r: c[0] ?? 0, g: c[1] ?? 0, b: c[2] ?? 0 };
  }
  return null;
}

function toRgb(c: Rgb | string): Rgb {
  if (typeof c !== 'string') return c;
  const p = parseColour(c);
  if (p === null) throw new TypeError(`not a colour: ${c}`);
  return p;
}

/**
 * `#rrggbb` for a colour (channels rounded and clamped).
 *
 *   toHex({ r: 255, g: 0, b: 0 }) // "#ff0000"
 */
export function toHex(c: Rgb): string {
  const h = (v: number) => Math.min(255, Math.max(0, Math.round(v))).toString(16).padStart(2, '0');
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

/**
 * Linear interpolation in sRGB from `a` (t = 0) to `b` (t = 1).
 *
 *   mix('#000000', '#ffffff', 0.5) // { r: 127.5, g: 127.5, b: 127.5 }
 */
export function mix(a: Rgb | string, b: Rgb | string, t: number): Rgb {
  const p = toRgb(a);
  const q = toRgb(b);
  return { r: p.r + (q.r - p.r) * t, g: p.g + (q.g - p.g) * t, b: p.b + (q.b - p.b) * t };
}

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/**
 * WCAG 2 relative luminance: 0.2126 R + 0.7152 G + 0.0722 B of the linearised
 * channels (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
 *
 *   relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(c: Rgb | string): number {
  const p = toRgb(c);
  return 0.2126 * channel(p.r) + 0.7152 * channel(p.g) + 0.0722 * channel(p.b);
}

/**
 * WCAG 2 contrast ratio `(L1 + 0.05) / (L2 + 0.05)`, L1 the lighter; 1..21.
 * Graphics need 3:1 against their background (WCAG 1.4.11).
 * Throws on a string that is not a colour.
 *
 *   contrastRatio('#000', '#fff') // 21
 */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
