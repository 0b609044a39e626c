import { defineSchema } from '~/state/schema';

const weight = (key: string, label: string, def: number) =>
  ({ kind: 'number', key, label, default: def, min: -3, max: 3, step: 0.05, digits: 2 }) as const;

/** Chapter 7: the chain rule on the smallest 2-layer network (one hidden unit). */
export const backpropSchema = defineSchema({
  w1: weight('w1', 'w₁ (layer 1 weight)', 1),
  b1: weight('b1', 'b₁ (layer 1 bias)', 0),
  w2: weight('w2', 'w₂ (layer 2 weight)', 1),
  b2: weight('b2', 'b₂ (layer 2 bias)', 1),
  activation: {
    kind: 'choice',
    key: 'act',
    label: 'Activation s',
    default: 'relu',
    choices: [
      { value: 'relu', label: 'ReLU' },
      { value: 'tanh', label: 'tanh' },
      { value: 'sigmoid', label: 'sigmoid' },
    ],
  },
  lr: { kind: 'number', key: 'lr', label: 'Learning rate α', default: 0.05, min: 0.005, max: 0.3, step: 0.005, digits: 3, help: 'How far one update moves all four weights.' },
});
