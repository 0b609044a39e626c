import { defineSchema } from '~/state/schema';
import { STEP_SURFACES } from '../shared/step-surfaces';

/** Chapter 2: gradient descent one step at a time, with the update written out. */
export const gdStepsSchema = defineSchema({
  surface: { kind: 'choice', key: 'f', label: 'Surface', default: 'quadratic', choices: STEP_SURFACES, help: 'The loss surface to descend.' },
  start: { kind: 'point', key: 's', label: 'Start', default: [-2.5, 1.5], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2, help: 'Where the descent begins (kept inside the shown surface).' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.0001, max: 1, scale: 'log', digits: 2, help: 'Step size per unit of gradient.' },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 30, min: 1, max: 500, help: 'How many updates to compute.' },
});
