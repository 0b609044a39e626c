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
 *
 * The maps are written here rather than imported from d3-scale-chromatic, whose
 * viridis module also ships magma, inferno and plasma (3 KB gzipped on every
 * page with a field): viridis as 32 stops of matplotlib's table, interpolated
 * (within 2.5/255 of the 256-entry table on every channel), cividis as
 * d3-scale-chromatic's polynomial fit (ISC licence). The unit tests compare
 * both with d3-scale-chromatic.
 */
import { mix, toHex, type Rgb } from './colour';

/** The page themes. */
export type Theme = 'light' | 'dark';

/** Available sequential maps for loss fields. */
export type LossMapName = 'viridis' | 'cividis';

/** The page background per theme (also the halo colour for overlays). */
export const THEME_BACKGROUND: Readonly<Record<Theme, string>> = { light: '#ffffff', dark: '#14161a' };

/** How far (0..1) a loss map is pulled towards the theme background. */
export const FIELD_FADE = 0.35;

const VIRIDIS_STOPS =
  '440154470d6048186a482374472e7c4538824241863e4a893a548c365d8d32658e2e6d8e2b758e287d8e25848e228c8d1f948c1e9c8920a38625ab822eb37c3aba7648c16e58c7656ccd5a7fd34e93d741a8db34c0df25d5e21aeae51afde725';
const VIRIDIS = /* @__PURE__ */ Uint8Array.from(VIRIDIS_STOPS.match(/../g) ?? [], (h) => parseInt(h, 16));

/** Viridis at `t` in [0, 1]: linear interpolation between 32 stops. */
export function viridis(t: number): Rgb {
  const n = VIRIDIS.length / 3;
  const x = Math.min(1, Math.max(0, t)) * (n - 1);
  const k = Math.min(n - 2, Math.floor(x));
  const f = x - k;
  const at = (c: number) => (VIRIDIS[3 * k + c] ?? 0) + ((VIRIDIS[3 * k + 3 + c] ?? 0) - (VIRIDIS[3 * k + c] ?? 0)) * f;
  return { r: at(0), g: at(1), b: at(2) };
}

/** Cividis at `t` in [0, 1] (d3-scale-chromatic's fit, rounded to whole channels like it). */
export function cividis(t: number): Rgb {
  const u = Math.min(1, Math.max(0, t));
  const c = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return {
    r: c(-4.54 - u * (35.34 - u * (2381.73 - u * (6402.7 - u * (7024.72 - u * 2710.57))))),
    g: c(32.49 + u * (170.73 + u * (52.82 - u * (131.46 - u * (176.58 - u * 67.37))))),
    b: c(81.24 + u * (442.36 - u * (2482.43 - u * (6167.24 - u * (6614.94 - u * 2475.67))))),
  };
}

const MAPS: Readonly<Record<LossMapName, (t: number) => Rgb>> = { viridis, cividis };

function lossRgb(theme: Theme, name: LossMapName, t: number): Rgb {
  return mix(MAPS[name](t), THEME_BACKGROUND[theme], FIELD_FADE);
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
