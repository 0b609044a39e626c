import { describe, expect, it } from 'vitest';
import { fitAspect, fitFrame, frameScales, linear, log, logTicks, niceInterval, ticks } from '~/viz/scales';

describe('scales', () => {
  it('maps a linear domain onto a pixel range', () => {
    const s = linear([0, 10], [0, 100]);
    expect(s(5)).toBe(50);
    expect(s.invert(25)).toBe(2.5);
  });

  it('maps decades evenly on a log scale and clamps non-positive values', () => {
    const s = log([1, 100], [0, 2]);
    expect(s(10)).toBeCloseTo(1, 12);
    expect(s(0)).toBe(0);
  });

  it('extends an interval outwards to round numbers', () => {
    expect(niceInterval([0.13, 9.7], 10)).toEqual([0, 10]);
  });

  it('picks round ticks', () => {
    expect(ticks([0, 1], 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('gives log ticks that include the powers of ten and none for non-positive intervals', () => {
    const t = logTicks([1, 1000]);
    for (const p of [1, 10, 100, 1000]) expect(t).toContain(p);
    expect(logTicks([0, 10])).toEqual([]);
  });

  it('fits a wide domain into a square box, centred vertically', () => {
    expect(fitAspect({ x: [0, 2], y: [0, 1] }, 200, 200)).toEqual({ left: 0, top: 50, width: 200, height: 100 });
  });

  it('fits a tall domain into a wide box inside margins, centred horizontally', () => {
    const r = fitAspect({ x: [-1, 1], y: [0, 4] }, 300, 220, { top: 10, right: 20, bottom: 10, left: 0 });
    expect(r).toEqual({ left: 90, top: 10, width: 100, height: 200 });
  });

  it('keeps one data unit the same length on both axes', () => {
    const f = fitFrame({ x: [-2, 2], y: [-1, 3] }, 640, 480, { top: 10, right: 10, bottom: 30, left: 40 });
    expect(f.x(1) - f.x(0)).toBeCloseTo(f.y(0) - f.y(1), 9);
  });

  it('returns an empty rectangle for a degenerate domain or box', () => {
    expect(fitAspect({ x: [0, 0], y: [0, 1] }, 100, 100).width).toBe(0);
    expect(fitAspect({ x: [0, 1], y: [0, 1] }, 10, 10, { top: 20, right: 0, bottom: 0, left: 0 }).height).toBe(0);
  });

  it('points data y upwards on screen', () => {
    const f = frameScales({ x: [0, 1], y: [0, 1] }, { left: 0, top: 0, width: 10, height: 10 });
    expect(f.y(0)).toBe(10);
    expect(f.y(1)).toBe(0);
    expect(f.x(1)).toBe(10);
  });
});
