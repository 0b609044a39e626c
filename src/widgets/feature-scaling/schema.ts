import { defineSchema } from '~/state/schema';

/** Chapter 4: raw against standardised features. */
export const featureScalingSchema = defineSchema({
  fraction: { kind: 'number', key: 'f', label: 'α as a fraction of 2/L', default: 0.8, min: 0.05, max: 0.99, digits: 2, help: 'Each panel uses the same fraction of its own largest safe step 2/L.' },
  steps: { kind: 'int', key: 'n', label: 'Steps', default: 30, min: 1, max: 200, help: 'The same number of steps in both panels.' },
});
