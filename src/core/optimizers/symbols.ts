/**
 * Each hyperparameter's notation, by name: one per name across every
 * optimizer (`momentum` is μ in SGD and in RMSprop). `SYMBOLS` in plain text,
 * for labels such as `SGD + momentum (μ = 0.9)` (the slider specs in
 * `./hyperparams` take theirs from here); `TEX` for KaTeX. Kept apart so a
 * label does not load every slider spec, nor a slider every formula.
 */
export const SYMBOLS = {
  lr: 'η',
  momentum: 'μ',
  dampening: 'τ',
  weightDecay: 'λ',
  beta: 'β',
  lrDecay: 'γ',
  initialAccumulatorValue: 's₀',
  eps: 'ε',
  alpha: 'α',
  beta1: 'β₁',
  beta2: 'β₂',
} as const;

export type SymbolName = keyof typeof SYMBOLS;

/** Each hyperparameter's symbol in KaTeX, by name (`SYMBOLS` as TeX; the flags by name). */
export const TEX: { readonly [name: string]: string } = {
  lr: String.raw`\eta`,
  momentum: String.raw`\mu`,
  dampening: String.raw`\tau`,
  nesterov: String.raw`\text{Nesterov}`,
  weightDecay: String.raw`\lambda`,
  beta: String.raw`\beta`,
  lrDecay: String.raw`\gamma`,
  initialAccumulatorValue: String.raw`s_0`,
  eps: String.raw`\epsilon`,
  alpha: String.raw`\alpha`,
  centered: String.raw`\text{centered}`,
  beta1: String.raw`\beta_1`,
  beta2: String.raw`\beta_2`,
  amsgrad: String.raw`\text{AMSGrad}`,
  biasCorrection: String.raw`1-\beta^t`,
};
