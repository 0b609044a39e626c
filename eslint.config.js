import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'bench/tmp/', '.astro/', 'node_modules/', 'offline/', 'test-results/', 'playwright-report/', 'bench/tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // The state class builds URLSearchParams only as short-lived locals to feed the
    // codec; none is ever stored in reactive state, so Svelte's reactive variants add nothing.
    files: ['src/state/*.svelte.ts'],
    rules: { 'svelte/prefer-svelte-reactivity': 'off' },
  },
  // Layer boundaries. Data flows one way: core (math) -> viz (geometry) ->
  // state (schemas, URL codec, rune classes) -> widgets -> pages. A layer may
  // import the layers before it, never the ones after it, and only widgets and
  // pages touch the DOM. The `patterns` cover both the `~/` alias and relative paths.
  {
    // The math core is pure: nothing from the UI world may leak in.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'src/core is pure TypeScript: no Svelte.' },
            { group: ['d3-selection', 'd3-transition', 'd3'], message: 'src/core has no DOM: no d3-selection.' },
            { group: ['~/widgets/*', '~/viz/*', '~/state/*', '~/components/*', '~/layouts/*', '~/pages/*', '**/widgets/*', '**/viz/*', '**/state/*'], message: 'src/core must not import the UI layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    // Geometry is pure: numbers in, numbers and path strings out.
    files: ['src/viz/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'src/viz is pure TypeScript: no Svelte.' },
            { group: ['d3-selection', 'd3-transition', 'd3'], message: 'src/viz has no DOM: no d3-selection.' },
            { group: ['~/widgets/*', '~/state/*', '~/components/*', '~/layouts/*', '~/pages/*', '**/widgets/*', '**/state/*'], message: 'src/viz may import src/core only: not state, widgets or the Astro shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    // State: schemas and the URL codec are pure; the rune classes may use Svelte.
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*.svelte', 'd3-selection', 'd3-transition', 'd3'], message: 'src/state has no components and no DOM.' },
            { group: ['~/widgets/*', '~/components/*', '~/layouts/*', '~/pages/*', '**/widgets/*'], message: 'src/state must not import widgets or the Astro shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/state/codec.ts', 'src/state/schema.ts', 'src/state/facts.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte', 'd3-selection'], message: 'Schemas and the codec are pure.' },
            { group: ['~/widgets/*', '~/components/*', '~/layouts/*', '~/pages/*', '**/widgets/*'], message: 'src/state must not import widgets or the Astro shell.' },
          ],
        },
      ],
    },
  },
  {
    // The two browser adapters of the state layer talk to the page through
    // `window` only (the figure bus's events; an embed's postMessage and URL
    // sync): no document, storage or navigator.
    files: ['src/state/bus.ts', 'src/state/widget-state.svelte.ts'],
    rules: { 'no-restricted-globals': ['error', 'document', 'localStorage', 'navigator'] },
  },
  {
    // The theme scripts are inlined in every page, so they carry no comments;
    // their empty catch (storage blocked: best effort) is explained in the
    // component's header instead.
    files: ['src/components/Theme{Script,Toggle}.astro', 'src/components/Theme{Script,Toggle}.astro/*.{js,ts}'],
    rules: { 'no-empty': ['error', { allowEmptyCatch: true }] },
  },
);
