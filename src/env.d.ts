/// <reference types="astro/client" />

/** `.tex` files of named live formulas, compiled by src/markdown/vite-katex-formulas.mjs. */
declare module '*.tex' {
  const formulas: { readonly [name: string]: import('~/formulas/formula').Formula };
  export default formulas;
}
