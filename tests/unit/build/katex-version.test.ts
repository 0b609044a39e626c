import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The prose's math is rendered at build time by the KaTeX that rehype-katex
 * imports, and styled by the stylesheet the layouts import from `katex`.
 * When the two were different versions (0.16 rendered `sizing` classes, 0.19's
 * CSS styles `katex-sizing`), every sub- and superscript in the prose was drawn
 * full size on the baseline: α₀ read as α0. One KaTeX, pinned by `overrides`.
 */
const require = createRequire(import.meta.url);
const version = (pkgJson: string): string => (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;

describe('one KaTeX renders and styles the math', () => {
  it('rehype-katex and micromark-extension-math resolve the same katex as the stylesheet', () => {
    const root = require.resolve('katex/package.json');
    for (const user of ['rehype-katex', 'micromark-extension-math']) {
      // Resolved from inside the package's folder, as its own `import 'katex'` is (its exports hide package.json).
      const theirs = createRequire(path.resolve('node_modules', user, 'index.js')).resolve('katex/package.json');
      expect(theirs, user).toBe(root);
    }
    expect(version(root)).toMatch(/^0\.19\./);
  });
});
