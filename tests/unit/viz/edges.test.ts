import { describe, expect, it } from 'vitest';
import { edgeEnds } from '~/viz/edges';

describe('edgeEnds', () => {
  it('leaves and reaches boxes on their borders, with a gap and room for the arrowhead', () => {
    expect(edgeEnds({ x: 0, y: 0 }, { x: 100, y: 0 }, 20, 10, 2, 6)).toEqual([22, 0, 72, 0]);
    expect(edgeEnds({ x: 0, y: 0 }, { x: 0, y: -100 }, 20, 10, 2, 0)).toEqual([0, -12, 0, -88]);
  });

  it('meets a box at its top or bottom when the edge is steep, at its side when shallow', () => {
    // Direction (0.6, 0.8): the 10-high box is left through its bottom at distance 10 / 0.8 = 12.5.
    const [x1, y1] = edgeEnds({ x: 0, y: 0 }, { x: 60, y: 80 }, 20, 10, 0, 0);
    expect(x1).toBeCloseTo(7.5, 12);
    expect(y1).toBeCloseTo(10, 12);
    // Direction (0.8, 0.6), a 40 x 40 box: through its side at 20 / 0.8 = 25 (not the bottom, 20 / 0.6).
    const [x2, y2] = edgeEnds({ x: 0, y: 0 }, { x: 80, y: 60 }, 20, 20, 0, 0);
    expect(x2).toBeCloseTo(20, 12);
    expect(y2).toBeCloseTo(15, 12);
  });

  it('returns the centres for boxes at the same place', () => {
    expect(edgeEnds({ x: 3, y: 4 }, { x: 3, y: 4 }, 20, 10)).toEqual([3, 4, 3, 4]);
  });
});
