import { defineSchema } from '~/state/schema';
import { CHAPTER_6_METHODS, menuChoices } from '../shared/optimizers';

/** Chapter 6: saddle points and plateaus; steps shrink near the saddle, then grow as the path escapes. */
export const saddleSchema = defineSchema({
  surface: {
    kind: 'choice',
    key: 'f',
    label: 'Surface',
    default: 'saddle',
    choices: [
      { value: 'saddle', label: 'Saddle x² − y²' },
      { value: 'monkey-saddle', label: 'Monkey saddle x³ − 3xy²' },
    ],
  },
  opt: {
    kind: 'choice',
    key: 'opt',
    label: 'Optimizer',
    default: 'gd',
    choices: menuChoices(CHAPTER_6_METHODS, 'preset'),
  },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.005, max: 0.4, scale: 'log', digits: 2 },
  start: { kind: 'point', key: 's', label: 'Start', default: [-1.8, 0.02], domain: { x: [-2, 2], y: [-2, 2] }, digits: 2, help: 'Drag it; the closer to the x axis, the longer the path lingers.' },
});
