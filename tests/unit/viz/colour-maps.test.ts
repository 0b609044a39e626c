import { describe, expect, it } from 'vitest';
import { interpolateCividis, interpolateViridis } from 'd3-scale-chromatic';
import { contrastRatio, parseColour, relativeLuminance } from '~/viz/colour';
import { cividis, viridis, lossColour, lossLut, RUN_COLOUR_NAMES, RUN_PALETTE, runColour, THEME_BACKGROUND, type LossMapName, type Theme } from '~/viz/colour-maps';

const themes: Theme[] = ['light', 'dark'];
const maps: LossMapName[] = ['viridis', 'cividis'];

describe.each(themes)('the %s theme', (theme) => {
  const bg = THEME_BACKGROUND[theme];

  it('has eight run colours, each at least 3:1 against the background', () => {
    expect(RUN_PALETTE[theme]).toHaveLength(8);
    for (const c of RUN_PALETTE[theme]) expect(contrastRatio(c, bg)).toBeGreaterThanOrEqual(3);
  });

  it('has eight distinct run colours', () => {
    expect(new Set(RUN_PALETTE[theme]).size).toBe(8);
  });

  it('cycles run colours after eight, also for negative indices', () => {
    expect(runColour(8, theme)).toBe(runColour(0, theme));
    expect(runColour(-1, theme)).toBe(runColour(7, theme));
  });

  describe.each(maps)('with %s', (name) => {
    const colour = lossColour(theme, name);

    it('rises in luminance with loss, so order survives in greyscale', () => {
      let prev = -1;
      for (let k = 0; k <= 64; k++) {
        const l = relativeLuminance(colour(k / 64));
        expect(l).toBeGreaterThan(prev);
        prev = l;
      }
    });

    it('keeps at least 3:1 between its lowest and highest colours', () => {
      expect(contrastRatio(colour(0), colour(1))).toBeGreaterThanOrEqual(3);
    });

    it('stays a backdrop: no colour reaches the contrast of the unfaded map against the background', () => {
      for (let k = 0; k <= 16; k++) expect(contrastRatio(colour(k / 16), bg)).toBeLessThan(8);
    });

    it('clamps t and paints non-finite t with the background', () => {
      expect(colour(-1)).toBe(colour(0));
      expect(colour(2)).toBe(colour(1));
      expect(colour(NaN)).toBe(bg);
    });

    it('fills a lookup table that matches the map at its ends', () => {
      const lut = lossLut(theme, name, 16);
      expect(lut.length).toBe(64);
      const hex = (k: number) => '#' + Array.from(lut.slice(4 * k, 4 * k + 3), (v) => v.toString(16).padStart(2, '0')).join('');
      expect(hex(0)).toBe(colour(0));
      expect(hex(15)).toBe(colour(1));
      expect(lut[3]).toBe(255);
    });
  });
});

describe('run palettes', () => {
  it('name each colour for legends and screen readers', () => {
    expect(RUN_COLOUR_NAMES).toHaveLength(RUN_PALETTE.light.length);
  });

  it('differ between themes only where contrast required it', () => {
    const changed = RUN_PALETTE.light.map((c, i) => c !== RUN_PALETTE.dark[i]);
    expect(changed).toEqual([false, false, false, true, true, true, true, true]);
  });
});

/** Our maps against d3-scale-chromatic (a dev dependency kept as the oracle). */
describe('the maps follow d3-scale-chromatic', () => {
  const channels = (s: string) => {
    const c = parseColour(s);
    if (!c) throw new Error(s);
    return [c.r, c.g, c.b];
  };
  it('viridis is within 2.5/255 of its 256-entry table on every channel', () => {
    for (let k = 0; k <= 1000; k++) {
      const t = k / 1000;
      const a = viridis(t);
      const b = channels(interpolateViridis(t));
      [a.r, a.g, a.b].forEach((v, j) => expect(Math.abs(v - (b[j] ?? 0))).toBeLessThanOrEqual(2.5));
    }
  });
  it('cividis is the same polynomial', () => {
    for (let k = 0; k <= 200; k++) {
      const c = cividis(k / 200);
      expect([c.r, c.g, c.b]).toEqual(channels(interpolateCividis(k / 200)));
    }
  });
  it('clamps t outside [0, 1]', () => {
    expect(viridis(-1)).toEqual(viridis(0));
    expect(cividis(2)).toEqual(cividis(1));
  });
});
