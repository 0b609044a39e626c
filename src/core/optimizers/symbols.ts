/**
 * Each hyperparameter's notation, by name: one per name across every
 * optimizer (`momentum` is μ in SGD and in RMSprop). in plain text, for
 * labels such as `SGD + momentum (μ = 0.9)` (the slider specs in
 * `./hyperparams` take theirs from here). Kept apart so a label does not load
 * every slider spec; their TeX (`TEX`) is in ./rules, with the update rules.
 */
export const SYMBOLS = {
  lr: 'η',
  momentum: 'μ',
  dampening: 'τ',
  weightDecay: 'ω',
  beta: 'β',
  lrDecay: 'γ',
  initialAccumulatorValue: 's₀',
  eps: 'ε',
  alpha: 'ρ',
  beta1: 'β₁',
  beta2: 'β₂',
} as const;

export type SymbolName = keyof typeof SYMBOLS;
