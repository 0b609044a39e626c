import { defineSchema } from '~/state/schema';
import { volcano } from '~/core/objectives';

/** Chapter 1: gradient descent down the Maunga Whau volcano. */
export const volcanoSchema = defineSchema({
  start: { kind: 'point', key: 's', label: 'Start', default: [210, 300], domain: volcano.domain, digits: 0, help: 'Where the hiker is dropped, in metres east and north on the map.' },
  lr: {
    kind: 'number',
    key: 'lr',
    label: 'Step size α',
    default: 20,
    min: 2,
    max: 400,
    scale: 'log',
    digits: 2,
    unit: 'm',
    help: 'Metres walked per unit of slope (a slope of 0.5 m per m with α = 20 m is a 10 m step).',
  },
});
