/**
 * Colour maps for loss fields and palettes for runs, per theme.
 *
 * Loss fields use viridis or cividis (perceptually uniform, readable with the
 * common colour-vision deficiencies; Nuñez et al. 2018 for cividis), pulled 35%
 * towards the page background. Why: the field is a backdrop. Pulling it towards
 * the background keeps its order (luminance still rises with loss) while
 * lowering its contrast, so trajectories, points and contour lines drawn on top
 * stay the strongest marks. Overlays should also carry a halo in the theme's
 * background colour (`THEME_BACKGROUND`): every run colour has at least 3:1
 * contrast against that halo, whatever the field under it.
 *
 * Runs use the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
 * darkened where needed on light backgrounds and with a light grey for black on
 * dark ones, so each colour has at least 3:1 contrast with the background
 * (WCAG 1.4.11, non-text contrast).
 */
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import { mix, parseColour, toHex, type Rgb } from './colour';

/** The page themes. */
export type Theme = 'light' | 'dark';

/** Available sequential maps for loss fields. */
export type LossMapName = 'viridis' | 'cividis';

/** The page background per theme (also the halo colour for overlays). */
export const THEME_BACKGROUND: Readonly<Record<Theme, string>> = { light: '#ffffff', dark: '#14161a' };

/** How far (0..1) a loss map is pulled towards the theme background. */
export const FIELD_FADE = 0.35;

const INTERPOLATORS: Readonly<Record<LossMapName, (t: number) => string>> = {
  viridis: interpolateViridis,
  cividis: interpolateCividis,
};

function lossRgb(theme: Theme, name: LossMapName, t: number): Rgb {
  const base = parseColour(INTERPOLATORS[name](Math.min(1, Math.max(0, t))));
  const bg = THEME_BACKGROUND[theme];
  return base === null ? (parseColour(bg) as Rgb) : mix(base, bg, FIELD_FADE);
}

/**
 * The loss colour map for a theme: `t` in [0, 1] (low to high loss) -> `#rrggbb`.
 * `t` is clamped; a non-finite `t` gives the theme background.
 *
 *   lossColour('dark')(0.5) // a muted teal
 */
export function lossColour(theme: Theme, name: LossMapName = 'viridis'): (t: number) => string {
  return (t) => (Number.isFinite(t) ? toHex(lossRgb(theme, name, t)) : THEME_BACKGROUND[theme]);
}

/**
 * A lookup table of `size` RGBA entries (4 bytes each, alpha 255) sampling the
 * loss map at `k / (size - 1)`: fast enough to paint a 40k-cell field per frame.
 *
 *   const lut = lossLut('light'); // Uint8ClampedArray(1024)
 */
export function lossLut(theme: Theme, name: LossMapName = 'viridis', size = 256): Uint8ClampedArray {
  const n = Math.max(2, Math.floor(size));
  const lut = new Uint8ClampedArray(n * 4);
  for (let k = 0; k < n; k++) {
    const c = lossRgb(theme, name, k / (n - 1));
    // Round like toHex (Uint8ClampedArray alone rounds half to even).
    lut[4 * k] = Math.round(c.r);
    lut[4 * k + 1] = Math.round(c.g);
    lut[4 * k + 2] = Math.round(c.b);
    lut[4 * k + 3] = 255;
  }
  return lut;
}

/** Okabe–Ito names, in palette order, for legends and screen-reader text. */
export const RUN_COLOUR_NAMES = [
  'blue',
  'vermillion',
  'bluish green',
  'orange',
  'reddish purple',
  'sky blue',
  'yellow',
  'black',
] as const;

/**
 * Eight run colours per theme, in the order runs get them. Okabe–Ito hues; on
 * light, orange, reddish purple, sky blue and yellow are darkened (towards black)
 * to reach 3:1 on white; on dark, black becomes a light grey.
 */
export const RUN_PALETTE: Readonly<Record<Theme, readonly string[]>> = {
  light: ['#0072b2', '#d55e00', '#009e73', '#bd8200', '#c474a0', '#4897c4', '#9a922a', '#000000'],
  dark: ['#0072b2', '#d55e00', '#009e73', '#e69f00', '#cc79a7', '#56b4e9', '#f0e442', '#e0e0e0'],
};

/**
 * The colour of run `index` (cycling after eight).
 *
 *   runColour(1, 'dark') // "#d55e00"
 */
export function runColour(index: number, theme: Theme): string {
  const p = RUN_PALETTE[theme];
  const i = ((Math.floor(index) % p.length) + p.length) % p.length;
  return p[i] ?? '#000000';
}
