import { defineSchema } from '~/state/schema';
import { CHAPTER_6_METHODS, menuChoices } from '../shared/optimizers';

/** Chapter 6: basins of attraction, every start coloured by the minimum it ends in. */
export const basinsSchema = defineSchema({
  surface: {
    kind: 'choice',
    key: 'f',
    label: 'Surface',
    default: 'himmelblau',
    choices: [
      { value: 'two-well', label: 'Two wells' },
      { value: 'himmelblau', label: 'Himmelblau' },
      { value: 'six-hump-camel', label: 'Six-hump camel' },
    ],
  },
  opt: {
    kind: 'choice',
    key: 'opt',
    label: 'Optimizer',
    default: 'gd',
    choices: menuChoices(CHAPTER_6_METHODS, 'preset'),
  },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.01, min: 0.001, max: 0.5, scale: 'log', digits: 2, help: 'The same for every start.' },
  res: { kind: 'int', key: 'n', label: 'Resolution', default: 128, min: 16, max: 256, step: 16, unit: 'cells across', help: 'Starts per side of the grid.' },
  steps: { kind: 'int', key: 'k', label: 'Steps per start', default: 200, min: 20, max: 300, step: 10 },
  probe: { kind: 'point', key: 'p', label: 'Probe start', default: [0, 0], domain: { x: [-5, 5], y: [-5, 5] }, digits: 2, help: 'One start whose path is drawn.' },
});
