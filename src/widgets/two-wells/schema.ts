import { twoWell } from '~/core/objectives';
import { defineSchema } from '~/state/schema';

/** Chapter 6: the start decides which of two wells gradient descent ends in. */
export const twoWellsSchema = defineSchema({
  start: { kind: 'point', key: 's', label: 'Start', default: [1.6, 0], domain: twoWell.domain, digits: 2, help: 'Where gradient descent starts; drag it on the map.' },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.005, max: 0.5, scale: 'log', digits: 2, help: 'Step size of plain gradient descent.' },
});
