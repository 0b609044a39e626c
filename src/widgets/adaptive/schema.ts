import { defineSchema } from '~/state/schema';

/** Chapter 5: AdaGrad's per-coordinate step sizes shrinking for ever, RMSProp's levelling off. */
export const adaptiveSchema = defineSchema({
  noise: { kind: 'number', key: 'sd', label: 'Noise σ', default: 1, min: 0, max: 3, digits: 2, help: 'Standard deviation of the noise added to each gradient coordinate (0: exact gradients).' },
  density: { kind: 'number', key: 'p', label: 'Feature y frequency', default: 0.2, min: 0.02, max: 1, digits: 2, help: 'A sparse feature: the y weight gets a gradient only on this fraction of steps.' },
  lrAdagrad: { kind: 'number', key: 'lra', label: 'AdaGrad η', default: 0.5, min: 0.01, max: 3, scale: 'log', digits: 2 },
  lrRmsprop: { kind: 'number', key: 'lrr', label: 'RMSProp η', default: 0.02, min: 0.001, max: 0.5, scale: 'log', digits: 2 },
  rho: { kind: 'number', key: 'rho', label: 'RMSProp ρ (alpha)', default: 0.9, min: 0.5, max: 0.999, digits: 3 },
  seed: { kind: 'int', key: 'seed', label: 'Seed', default: 1, min: 1, max: 999 },
});
