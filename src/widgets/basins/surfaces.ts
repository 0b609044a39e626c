/**
 * The surfaces the basins figure offers (its schema's `surface` choices), by id.
 * The figure, its workers and its main-thread fallback look surfaces up here
 * rather than in the objective registry: importing three surfaces by name keeps
 * the other dozen (and the volcano's elevation data) off chapter 6.
 */
import { himmelblau, sixHumpCamel, twoWell } from '~/core/objectives';
import type { Objective } from '~/core/types';

export const BASIN_SURFACES: ReadonlyMap<string, Objective> = new Map([
  ['two-well', twoWell],
  ['himmelblau', himmelblau],
  ['six-hump-camel', sixHumpCamel],
]);
