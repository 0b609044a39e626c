// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeKatexStrict from './src/build/rehype-katex-strict.mjs';
import rehypeBaseLinks from './src/build/rehype-base-links.mjs';
import rehypeMathPunctuation from './src/build/rehype-math-punctuation.mjs';
import katexWoff2Only from './src/build/vite-katex-woff2.mjs';
import katexFormulas from './src/build/vite-katex-formulas.mjs';
import figures, { figureChunkName } from './src/build/vite-figures.mjs';
import fontDisplayOptional from './src/build/vite-font-display.mjs';
import noModulePreload from './src/build/vite-no-module-preload.mjs';

/** Deploy under a sub-path with BASE_PATH=/downhill/ (must end with '/'). */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://downhill.example.org';

/** Build output folder; OUT_DIR lets parallel builds (and their browser tests) keep apart. */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'ignore',
  integrations: [
    svelte(),
    mdx(),
    // The development harness (/dev/primitives/, for eyes and the browser tests)
    // is served by `npm start` and built only when asked for (npm test does): it
    // is not part of the site.
    {
      name: 'downhill:dev-pages',
      hooks: {
        'astro:config:setup': ({ injectRoute, command }) => {
          if (command === 'dev' || process.env.DOWNHILL_DEV_PAGES === '1') injectRoute({ pattern: '/dev/primitives', entrypoint: './src/dev-pages/primitives.astro' });
        },
      },
    },
    // client:figure: a chapter's figure hydrates when seen, or when an exercise asks for it.
    {
      name: 'downhill:client-figure',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({ name: 'figure', entrypoint: fileURLToPath(new URL('./src/build/client-figure.mjs', import.meta.url)) });
        },
      },
    },
    // Embeds, dev harnesses and the 404 page are not pages to find.
    sitemap({ filter: (page) => !/\/(?:embed|dev)\/|\/404\/?$/.test(new URL(page).pathname) }),
  ],
  markdown: {
    // Shiki's default github-dark greys out comments below 4.5:1 (WCAG AA); the "default" variant passes.
    shikiConfig: { theme: 'github-dark-default' },
    // Astro 7's default engine ignores remark/rehype plugins; KaTeX needs unified.
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { strict: 'error', trust: false, output: 'htmlAndMathml' }],
        rehypeKatexStrict,
        rehypeMathPunctuation,
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
  vite: {
    // figures: the figure folders as the mounting component and the ~/widgets barrel (one chunk per island).
    plugins: [katexWoff2Only(), fontDisplayOptional(), katexFormulas(), figures(), noModulePreload()],
    build: {
      // Fonts and images stay files, never data: URLs.
      assetsInlineLimit: 0,
      // One stylesheet for the whole book instead of one per component: a
      // chapter made 15 render-blocking CSS requests (14 under 8 KB), now 2
      // (the book's styles, 15 KB gzipped, and KaTeX's), cached from page to
      // page. Rules that override another stylesheet's must not depend on the
      // order the two arrive in (see `html .katex` in global.css).
      cssCodeSplit: false,
      rolldownOptions: {
        // The optimisation core and the plot geometry promise no top-level side
        // effects (src/core/index.ts), so importing one function through a barrel
        // must not keep (or chunk together) every module behind it.
        treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/](core|viz)[\\/]/, sideEffects: false }] },
        // Astro's MDX compiler marks each chapter module with the directive
        // "use astro:head-inject", which only Astro reads; the bundler warns that
        // it may not keep a module-level directive (7 lines per build, one per
        // chapter). Astro reads it while transforming the module, before bundling;
        // the chapters still render their heads (the e2e tests). Other warnings pass.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    environments: {
      // A figure folder's chunks are named after the figure (`race.[hash].js`,
      // not thirty `schema.[hash].js`), as Astro names the rest.
      // The expression language (the playground's) stays one chunk: the Code tool's generator shares it,
      // and split by who imports what it cost the playground's page 0.6 KB of chunk seams.
      client: {
        build: {
          rolldownOptions: {
            output: {
              chunkFileNames: (chunk) => `_astro/${figureChunkName(chunk)}.[hash].js`,
              codeSplitting: { groups: [{ name: 'expr', test: /[\\/]src[\\/]core[\\/]expr[\\/]/ }] },
            },
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
