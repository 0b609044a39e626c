/// <reference types="astro/client" />

/** `.tex` files of named live formulas, compiled by src/build/vite-katex-formulas.mjs. */
declare module '*.tex' {
  const formulas: { readonly [name: string]: import('~/formulas/formula').Formula };
  export default formulas;
}

/** Mounts a figure by id, hydrated on load; generated from the figure folders by src/build/vite-figures.mjs. */
declare module 'virtual:downhill/widget-mount.astro' {
  const WidgetMount: (props: { widget: string; id: string; embed?: boolean }) => unknown;
  export default WidgetMount;
}

/** Every figure's entry in the book's order; generated from the figure folders by src/build/vite-figures.mjs. */
declare module 'virtual:downhill/figures' {
  export const FIGURES: readonly import('~/widgets/figure-entry').WidgetEntry[];
}

/** One loader per figure id, each entry (but the first) in a chunk of its own; generated from the figure folders by src/build/vite-figures.mjs. */
declare module 'virtual:downhill/figure-loaders' {
  export const FIGURE_LOADERS: { readonly [id: string]: () => Promise<import('~/widgets/figure-entry').WidgetEntry> };
  /** The first figure's entry, loaded with the module (the book's first figure). */
  export const FIRST_FIGURE: import('~/widgets/figure-entry').WidgetEntry | undefined;
}

