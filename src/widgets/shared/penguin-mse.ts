/**
 * The chapter-4 loss shared by its figures: the mean squared error of a line
 * through the Palmer penguins (flipper length -> body mass), in standard units
 * (z-scores of both columns), shown over a window around its minimum.
 */
import { makeLeastSquares, penguins, standardize, toOriginalLine } from '~/core';

/** Penguins in standard units (z-scores of flipper length and body mass). */
export const PENGUINS_STD = standardize(penguins.x, penguins.y);
const J0 = makeLeastSquares(PENGUINS_STD.x, PENGUINS_STD.y, { id: 'penguins-mse', label: 'Mean squared error of the penguin line' });
/** J(a, b) over a window around the minimum (slope about 0.87, intercept 0). */
export const PENGUIN_MSE = { ...J0, domain: { x: [-1.5, 2.5] as const, y: [-2, 2] as const } };

/** A line fitted in standard units, in grams and millimetres. */
export function inOriginalUnits(a: number, b: number): { a: number; b: number } {
  return toOriginalLine(PENGUINS_STD.transform, { a, b });
}
