/** Figure model of the `two-wells` widget: the pure setup its component draws, shared with the tests that check the prose's numbers. */
import { run, type Trajectory } from '~/core';
import { BASIN_UNSETTLED, classifyEnd, defaultRadius } from '~/core/many-starts';
import { twoWell } from '~/core/objectives';

export const TWO_WELLS_STEPS = 150;
/** Figure 6.1's stopping rule: settled, or off the map. */
export const TWO_WELLS_STOP = { gradNorm: 1e-6, bound: 50 };
/** A run ends "at" a minimum when it finishes within this distance of it. */
export const TWO_WELLS_RADIUS = defaultRadius(twoWell.domain);
/** The x of the saddle: for small steps, the ridge x = RIDGE_X divides the two basins. */
export const RIDGE_X = twoWell.saddles![0]!.point[0]!;

/** Plain gradient descent on the two wells, exactly as Figure 6.1 runs it. */
export function twoWellsRun(start: readonly [number, number], lr: number): Trajectory {
  return run({ objective: twoWell, optimizer: { id: 'gd', params: { lr } }, start, steps: TWO_WELLS_STEPS, stop: TWO_WELLS_STOP });
}

export type TwoWellsEnd = 'global' | 'local' | 'unsettled' | 'diverged';

/** Where a whole run ends: which minimum, or why none (what the exercise's `end` fact says). */
export function twoWellsEnd(tr: Trajectory): TwoWellsEnd {
  if (tr.status.kind === 'diverged') return 'diverged';
  const c = classifyEnd(twoWell.minima, tr.positions[2 * tr.length] ?? Number.NaN, tr.positions[2 * tr.length + 1] ?? Number.NaN, TWO_WELLS_RADIUS);
  if (c >= BASIN_UNSETTLED) return 'unsettled';
  return twoWell.minima[c]!.kind === 'global-min' ? 'global' : 'local';
}

/** How many steps of the run cross the ridge x = RIDGE_X (0 when the path stays on its start's side). */
export function ridgeCrossings(tr: Trajectory): number {
  let n = 0;
  for (let k = 1; k <= tr.length; k++) {
    const a = (tr.positions[2 * (k - 1)] ?? 0) - RIDGE_X;
    const b = (tr.positions[2 * k] ?? 0) - RIDGE_X;
    if (a * b < 0) n++;
  }
  return n;
}
