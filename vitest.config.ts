import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import katexFormulas from './src/build/vite-katex-formulas.mjs';
import figures from './src/build/vite-figures.mjs';

export default defineConfig({
  // svelte(): rune classes (`*.svelte.ts`, the figures' engines) are compiled as in the site.
  plugins: [katexFormulas(), figures(), svelte({ configFile: false })],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
