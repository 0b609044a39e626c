import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barrelMap, rewriteWidgetImports } from '../../../src/markdown/vite-widget-imports.mjs';

const map = new Map([
  ['Race', './Race.svelte'],
  ['Basins', './Basins.svelte'],
]);

describe('widget imports from the barrel become one import per widget file', () => {
  it('rewrites named imports into default imports of each widget file', () => {
    expect(rewriteWidgetImports("import { Race, Basins } from '~/widgets';\n", map)).toBe(
      "import Race from '~/widgets/Race.svelte'; import Basins from '~/widgets/Basins.svelte';\n",
    );
  });

  it('keeps aliases, quotes and the number of lines', () => {
    const src = 'import {\n  Race as R,\n  Basins,\n} from "~/widgets"\nafter';
    const out = rewriteWidgetImports(src, map)!;
    expect(out).toContain('import R from "~/widgets/Race.svelte";');
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
    expect(out.endsWith('\nafter')).toBe(true);
  });

  it('leaves names it cannot map on the barrel, and other imports alone', () => {
    const out = rewriteWidgetImports("import { Race, WIDGET_IDS } from '~/widgets';\nimport x from '~/core';", map)!;
    expect(out).toContain("import { WIDGET_IDS } from '~/widgets';");
    expect(out).toContain("import Race from '~/widgets/Race.svelte';");
    expect(out).toContain("import x from '~/core';");
    expect(rewriteWidgetImports("import { Other } from '~/widgets';", map)).toBeNull();
    expect(rewriteWidgetImports("import { Race } from '~/widgets/registry';", map)).toBeNull();
  });

  it('reads every widget the real barrel exports', () => {
    const real = barrelMap(readFileSync('src/widgets/index.ts', 'utf8'));
    expect(real.get('Race')).toBe('./Race.svelte');
    expect(real.size).toBeGreaterThan(20);
  });
});
