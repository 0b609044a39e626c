/**
 * The registry of loss surfaces, keyed by stable id (ids appear in URLs and
 * chapter MDX, so never rename one). Lookups go through a Map, never through
 * property access with a reader-supplied name.
 *
 *   getObjective('rosenbrock').f([1, 1]); // 0
 *   findObjective(params.get('surface') ?? ''); // Objective | undefined
 */
import type { Objective } from '../types';
import { beale } from './beale';
import { booth } from './booth';
import { hiking, parabola, quartic } from './curves';
import { himmelblau } from './himmelblau';
import { matyas } from './matyas';
import { monkeySaddle } from './monkey-saddle';
import { quadratic } from './quadratic';
import { rastrigin } from './rastrigin';
import { rosenbrock } from './rosenbrock';
import { saddle } from './saddle';
import { sixHumpCamel } from './six-hump-camel';
import { twoWell } from './two-well';
import { volcano } from './volcano';

export { makeQuadratic, quadratic, type QuadraticParams } from './quadratic';
export { rosenbrock } from './rosenbrock';
export { beale } from './beale';
export { himmelblau } from './himmelblau';
export { booth } from './booth';
export { matyas } from './matyas';
export { saddle } from './saddle';
export { monkeySaddle } from './monkey-saddle';
export { twoWell } from './two-well';
export { rastrigin } from './rastrigin';
export { sixHumpCamel } from './six-hump-camel';
export { parabola, quartic, hiking } from './curves';
export { volcano, volcanoCredit, VOLCANO_SPACING } from './volcano';
export { dippedSlope } from './dipped-slope';
export { refineCriticalPoint } from './critical';
export { texNumber } from './tex-number';

/** Every registered surface, in the order a picker should list them. */
export const objectiveIds = [
  'quadratic',
  'rosenbrock',
  'beale',
  'himmelblau',
  'booth',
  'matyas',
  'saddle',
  'monkey-saddle',
  'two-well',
  'rastrigin',
  'six-hump-camel',
  'volcano',
  'parabola',
  'quartic',
  'hiking',
] as const;

export type ObjectiveId = (typeof objectiveIds)[number];

// Pure, so a page that imports surfaces by name does not keep the registry (and the volcano's data).
const registry: ReadonlyMap<string, Objective> = /* @__PURE__ */ new Map<ObjectiveId, Objective>([
  ['quadratic', quadratic],
  ['rosenbrock', rosenbrock],
  ['beale', beale],
  ['himmelblau', himmelblau],
  ['booth', booth],
  ['matyas', matyas],
  ['saddle', saddle],
  ['monkey-saddle', monkeySaddle],
  ['two-well', twoWell],
  ['rastrigin', rastrigin],
  ['six-hump-camel', sixHumpCamel],
  ['volcano', volcano],
  ['parabola', parabola],
  ['quartic', quartic],
  ['hiking', hiking],
]);

/** True if `id` names a registered surface. */
export function isObjectiveId(id: string): id is ObjectiveId {
  return registry.has(id);
}

/** The surface with this id. */
export function getObjective(id: ObjectiveId): Objective {
  const o = registry.get(id);
  if (!o) throw new Error(`Unknown objective '${id}'`);
  return o;
}

/** The surface with this id, or undefined for an unknown (e.g. URL-supplied) id. */
export function findObjective(id: string): Objective | undefined {
  return registry.get(id);
}

/** All registered surfaces of a given dimension (1 for chapter 1's curves, 2 for maps). */
export function objectivesOfDim(dim: number): Objective[] {
  return objectiveIds.map((id) => getObjective(id)).filter((o) => o.dim === dim);
}
