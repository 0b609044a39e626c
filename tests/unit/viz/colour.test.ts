import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, parseColour, relativeLuminance, toHex } from '~/viz/colour';

describe('colour', () => {
  it('parses long and short hex and rgb() forms', () => {
    expect(parseColour('#14161a')).toEqual({ r: 20, g: 22, b: 26 });
    expect(parseColour('#FFF')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseColour('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(parseColour(' rgba(10,20,30,0.5) ')).toEqual({ r: 10, g: 20, b: 30 });
  });

  it('rejects what is not a colour', () => {
    expect(parseColour('red')).toBeNull();
    expect(parseColour('#12345')).toBeNull();
    expect(parseColour('<script>')).toBeNull();
  });

  it('writes hex with rounding and clamping', () => {
    expect(toHex({ r: 255, g: 0, b: 0 })).toBe('#ff0000');
    expect(toHex({ r: 127.5, g: -3, b: 300 })).toBe('#8000ff');
  });

  it('mixes linearly in sRGB', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
    expect(toHex(mix('#0072b2', '#0072b2', 0.3))).toBe('#0072b2');
  });

  it('computes WCAG relative luminance at the ends and for pure green', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 12);
  });

  it('gives 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#fff', '#000')).toBe(21);
    expect(contrastRatio('#14161a', '#14161a')).toBe(1);
  });

  it('matches published contrast ratios', () => {
    // #777777 on white is the classic just-fails-AA grey: 4.48:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('throws on a string that is not a colour', () => {
    expect(() => contrastRatio('nope', '#fff')).toThrow(TypeError);
  });
});
