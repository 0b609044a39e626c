import { defineSchema } from '~/state/schema';
import { STEP_SURFACES } from '../shared/step-surfaces';

/** Chapter 2: gradient descent (all coordinates at once) against one coordinate at a time. */
export const simultaneousSchema = defineSchema({
  surface: { kind: 'choice', key: 'f', label: 'Surface', default: 'quadratic', choices: STEP_SURFACES, help: 'The loss surface.' },
  start: { kind: 'point', key: 's', label: 'Start', default: [-2.5, 1.5], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2, help: 'Shared start of both runs.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.1, min: 0.0001, max: 1, scale: 'log', digits: 2, help: 'The same step size for both runs.' },
  steps: { kind: 'int', key: 'n', label: 'Steps (sweeps)', default: 25, min: 1, max: 300, help: 'Gradient steps; for coordinate descent, full sweeps over both coordinates.' },
});
