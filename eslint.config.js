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
            { group: ['~/widgets/*', '~/viz/*', '~/state/*', '../widgets/*', '../viz/*', '../state/*'], message: 'src/core must not import the UI layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/viz/**', 'src/state/codec.ts', 'src/state/schema.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['svelte', 'svelte/*', 'd3-selection'], message: 'Geometry and codec are pure.' }] }],
    },
  },
);
