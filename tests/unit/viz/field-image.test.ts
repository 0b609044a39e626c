import { describe, expect, it } from 'vitest';
import { fieldToImageData } from '~/viz/field-image';
import type { Grid } from '~/viz/grid';

// A three-entry grey table: black, mid grey, white.
const lut = Uint8ClampedArray.from([0, 0, 0, 255, 128, 128, 128, 255, 255, 255, 255, 255]);

function gridOf(values: number[], nx: number, ny: number): Grid {
  const finite = values.filter(Number.isFinite);
  return { values: Float64Array.from(values), nx, ny, domain: { x: [0, 1], y: [0, 1] }, min: Math.min(...finite), max: Math.max(...finite) };
}

const px = (out: Uint8ClampedArray, k: number) => Array.from(out.slice(4 * k, 4 * k + 4));

describe('fieldToImageData', () => {
  it('writes the top grid row (largest y) as the first image row', () => {
    // Row j = 0 (bottom) holds 0 and 1; row j = 1 (top) holds 2 and 4.
    const out = fieldToImageData(gridOf([0, 1, 2, 4], 2, 2), lut);
    expect(px(out, 0)).toEqual([128, 128, 128, 255]); // 2 of 0..4 -> middle entry
    expect(px(out, 1)).toEqual([255, 255, 255, 255]); // 4 -> last entry
    expect(px(out, 2)).toEqual([0, 0, 0, 255]); // 0 -> first entry
    expect(px(out, 3)).toEqual([128, 128, 128, 255]); // 1 -> t = 0.25 -> entry 0.5 rounds to the middle
  });

  it('makes non-finite samples transparent', () => {
    const out = fieldToImageData(gridOf([NaN, 1, Infinity, 0], 2, 2), lut);
    expect(px(out, 0)).toEqual([0, 0, 0, 0]);
    expect(px(out, 2)).toEqual([0, 0, 0, 0]);
  });

  it('clamps values outside the given range to the end colours', () => {
    const out = fieldToImageData(gridOf([-5, 50], 2, 1), lut, { min: 0, max: 10 });
    expect(px(out, 0)).toEqual([0, 0, 0, 255]);
    expect(px(out, 1)).toEqual([255, 255, 255, 255]);
  });

  it('spreads decades evenly on the log scale', () => {
    // eps 1, range 0..(e^2 - 1): t = log1p(v) / 2, so v = e - 1 sits in the middle.
    const out = fieldToImageData(gridOf([0, Math.E - 1, Math.E ** 2 - 1], 3, 1), lut, { scale: 'log', eps: 1 });
    expect([px(out, 0)[0], px(out, 1)[0], px(out, 2)[0]]).toEqual([0, 128, 255]);
  });

  it('paints flat bands between contour levels when levels are given', () => {
    const out = fieldToImageData(gridOf([0, 1.5, 2.5, 9], 4, 1), lut, { levels: [1, 2] });
    expect([0, 1, 2, 3].map((k) => px(out, k)[0])).toEqual([0, 128, 255, 255]);
  });

  it('paints a flat field with the first colour', () => {
    const out = fieldToImageData(gridOf([3, 3], 2, 1), lut);
    expect(px(out, 1)).toEqual([0, 0, 0, 255]);
  });

  it('reuses a buffer of the right size', () => {
    const buf = new Uint8ClampedArray(16);
    expect(fieldToImageData(gridOf([0, 1, 2, 3], 2, 2), lut, { out: buf })).toBe(buf);
  });
});
