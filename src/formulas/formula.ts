/** A formula typeset at build time, cut at its live slots (see src/build/vite-katex-formulas.mjs). */
export interface Formula {
  readonly parts: readonly string[];
  readonly slots: readonly string[];
}
