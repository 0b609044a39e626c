/** Geometry of arrows between boxes (the computation graphs of chapters 2 and 7). */

/**
 * Where an edge from box `a` to box `b` (centres, half sizes `hw` x `hh`)
 * leaves `a` and reaches `b`: on their borders, `gap` pixels off `a` and
 * `gap + head` off `b` (room for the arrowhead).
 *
 *   edgeEnds({ x: 0, y: 0 }, { x: 100, y: 0 }, 20, 10, 2, 6) // [22, 0, 72, 0]
 */
export function edgeEnds(a: { x: number; y: number }, b: { x: number; y: number }, hw: number, hh: number, gap = 2, head = 6): [number, number, number, number] {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const d = Math.hypot(dx, dy);
  if (d === 0) return [a.x, a.y, b.x, b.y];
  const ux = dx / d;
  const uy = dy / d;
  // Distance from a box's centre to its border along (ux, uy).
  const border = Math.min(ux === 0 ? Infinity : hw / Math.abs(ux), uy === 0 ? Infinity : hh / Math.abs(uy));
  return [a.x + ux * (border + gap), a.y + uy * (border + gap), b.x - ux * (border + gap + head), b.y - uy * (border + gap + head)];
}
