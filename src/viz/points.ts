/**
 * The positions of a run on a 2-D map, in either form the book passes around:
 * flat `x0, y0, x1, y1, …` (a Trajectory's `positions`) or `[[x, y], …]`.
 * Read without allocating, for the plots and the data tables alike.
 *
 *   pointCount(traj.positions); xAt(traj.positions, 3); yAt(traj.positions, 3)
 */

export type RunPoints = Float64Array | readonly (readonly number[])[];

/** Number of positions in a run. */
export function pointCount(points: RunPoints): number {
  return points instanceof Float64Array ? Math.floor(points.length / 2) : points.length;
}

/** x of position `i` (NaN when missing). */
export function xAt(points: RunPoints, i: number): number {
  return (points instanceof Float64Array ? points[2 * i] : points[i]?.[0]) ?? NaN;
}

/** y of position `i` (NaN when missing). */
export function yAt(points: RunPoints, i: number): number {
  return (points instanceof Float64Array ? points[2 * i + 1] : points[i]?.[1]) ?? NaN;
}
