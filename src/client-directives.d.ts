/** The book's own hydration directive (src/build/client-figure.mjs): on view, or when an exercise asks for the figure. */
declare module 'astro' {
  interface AstroClientDirectives {
    'client:figure'?: boolean;
  }
}

export {};
