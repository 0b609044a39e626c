import { describe, expect, it } from 'vitest';
import { chooseFit } from '~/reader/present';
import { elapsed } from '~/reader/presenter-view';

describe('presentation mode', () => {
  it('keeps a figure that fits at full size and full width', () => {
    // Zoom 1 at every width up to the room's: the widest of those wins.
    expect(chooseFit({ width: 1200, height: 600 }, () => 400)).toEqual({ width: 1200, zoom: 1 });
  });

  it('picks the width whose zoom is largest when plots grow with their width', () => {
    // A plot as tall as 0.8 of its width, plus 200 px of controls.
    const h = (w: number): number => 0.8 * w + 200;
    const room = { width: 1200, height: 600 };
    const fit = chooseFit(room, h);
    // Every other candidate gives a smaller zoom.
    for (const w of [660, 780, 900, 1020, 1200, 1380, 1560]) expect(Math.min(1, (600 * 0.97) / h(w), 1200 / w)).toBeLessThanOrEqual(fit.zoom + 0.006);
    expect(fit.zoom * h(fit.width)).toBeLessThanOrEqual(600);
    expect(fit.zoom * fit.width).toBeLessThanOrEqual(1200);
  });

  it('never goes narrower than a desktop layout or below the readable zoom', () => {
    const fit = chooseFit({ width: 800, height: 100 }, () => 5000);
    expect(fit.width).toBeGreaterThanOrEqual(620);
    expect(fit.zoom).toBe(0.3);
  });

  it('shows the time as m:ss, and h:mm:ss past an hour', () => {
    expect(elapsed(0)).toBe('0:00');
    expect(elapsed(65_000)).toBe('1:05');
    expect(elapsed(3_725_000)).toBe('1:02:05');
    expect(elapsed(-5)).toBe('0:00');
  });
});
