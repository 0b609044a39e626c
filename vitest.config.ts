import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import katexFormulas from './src/build/vite-katex-formulas.mjs';
import figures from './src/build/vite-figures.mjs';

export default defineConfig({
  plugins: [katexFormulas(), figures()],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
