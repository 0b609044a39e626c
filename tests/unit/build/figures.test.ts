import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { barrelSource, byBookOrder, figureMap, figuresSource, listFigures, loadersSource, mountSource, readEntry, rewriteWidgetImports, viewName } from '../../../src/build/vite-figures.mjs';
import { WIDGETS } from '~/widgets/registry';

const map = new Map([
  ['Race', 'race/Race.svelte'],
  ['Basins', 'basins/Basins.svelte'],
]);

describe('widget imports from the barrel become one import per view', () => {
  it('rewrites named imports into default imports of each view', () => {
    expect(rewriteWidgetImports("import { Race, Basins } from '~/widgets';\n", map)).toBe(
      "import Race from '~/widgets/race/Race.svelte'; import Basins from '~/widgets/basins/Basins.svelte';\n",
    );
  });

  it('keeps aliases, quotes and the number of lines', () => {
    const src = 'import {\n  Race as R,\n  Basins,\n} from "~/widgets"\nafter';
    const out = rewriteWidgetImports(src, map)!;
    expect(out).toContain('import R from "~/widgets/race/Race.svelte";');
    expect(out.split('\n')).toHaveLength(src.split('\n').length);
    expect(out.endsWith('\nafter')).toBe(true);
  });

  it('leaves names it cannot map on the barrel, and other imports alone', () => {
    const out = rewriteWidgetImports("import { Race, WIDGET_IDS } from '~/widgets';\nimport x from '~/core';", map)!;
    expect(out).toContain("import { WIDGET_IDS } from '~/widgets';");
    expect(out).toContain("import Race from '~/widgets/race/Race.svelte';");
    expect(out).toContain("import x from '~/core';");
    expect(rewriteWidgetImports("import { Other } from '~/widgets';", map)).toBeNull();
    expect(rewriteWidgetImports("import { Race } from '~/widgets/registry';", map)).toBeNull();
  });
});

describe('the figure folders', () => {
  const figures = listFigures('src/widgets');

  it('name their view after the id', () => {
    expect(viewName('grid-cost')).toBe('GridCost');
    expect(viewName('race')).toBe('Race');
    expect(viewName('adam-internals')).toBe('AdamInternals');
  });

  it('are exactly the registry, in the same (book) order: one folder per entry, same ids', () => {
    expect(figures.map((f) => f.id)).toEqual(WIDGETS.map((w) => w.id));
    expect(figures.map((f) => [f.chapter, f.figure])).toEqual(WIDGETS.map((w) => [w.chapter, w.figure]));
    expect(figureMap(figures).get('Race')).toBe('race/Race.svelte');
  });

  it('give one lazy loader per figure, each resolving to that figure’s own entry; the first is loaded with the module', async () => {
    const src = loadersSource(figures, 'src/widgets');
    expect(src).toContain(`import { entry as first } from ${JSON.stringify(`src/widgets/${figures[0]!.id}/entry.ts`)};`);
    for (const f of figures.slice(1)) expect(src).toContain(`${JSON.stringify(f.id)}: () => import(${JSON.stringify(`src/widgets/${f.id}/entry.ts`)}).then((m) => m.entry),`);
    const { FIGURE_LOADERS, FIRST_FIGURE } = await import('virtual:downhill/figure-loaders');
    expect(Object.keys(FIGURE_LOADERS)).toEqual(WIDGETS.map((w) => w.id));
    expect(FIRST_FIGURE).toBe(WIDGETS[0]);
    for (const w of WIDGETS) expect(await FIGURE_LOADERS[w.id]!()).toBe(w);
  });

  it('give a mounting component with one static import and one hydrated line per figure', () => {
    const src = mountSource(figures);
    for (const f of figures) {
      expect(src).toContain(`import ${f.name} from '~/widgets/${f.view}';`);
      expect(src).toContain(`{widget === '${f.id}' && <${f.name} client:load {...props} />}`);
    }
    expect(barrelSource(figures)).toContain("export { default as Race } from '~/widgets/race/Race.svelte';");
  });

  it('sort in the book order: chapter, figure number as numbers, the playground (chapter 0) last', () => {
    const f = (id: string, chapter: number, figure: string) => ({ id, chapter, figure });
    const sorted = [f('pg', 0, ''), f('b', 5, '5.10'), f('a', 5, '5.9'), f('c', 1, '1.2')].sort(byBookOrder);
    expect(sorted.map((x) => x.id)).toEqual(['c', 'a', 'b', 'pg']);
    expect(readEntry("  id: 'x',\n  chapter: 3,\n  figure: '3.1',\n", 'x/entry.ts')).toEqual({ id: 'x', chapter: 3, figure: '3.1' });
  });

  it('skip folders without an entry, and refuse an entry without its view or with a bad id', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'figures-'));
    try {
      mkdirSync(path.join(dir, 'primitives'));
      writeFileSync(path.join(dir, 'primitives', 'Slider.svelte'), '');
      mkdirSync(path.join(dir, 'my-figure'));
      const entry = (id: string, chapter: number, figure: string) =>
        `export const entry = defineFigure({\n  id: '${id}',\n  title: 'T',\n  chapter: ${chapter},\n  figure: '${figure}',\n});\n`;
      writeFileSync(path.join(dir, 'my-figure', 'entry.ts'), entry('my-figure', 2, '2.10'));
      expect(() => listFigures(dir)).toThrow(/no view MyFigure\.svelte/);
      writeFileSync(path.join(dir, 'my-figure', 'MyFigure.svelte'), '');
      expect(listFigures(dir)).toEqual([{ id: 'my-figure', name: 'MyFigure', view: 'my-figure/MyFigure.svelte', chapter: 2, figure: '2.10' }]);
      mkdirSync(path.join(dir, 'early'));
      writeFileSync(path.join(dir, 'early', 'Early.svelte'), '');
      writeFileSync(path.join(dir, 'early', 'entry.ts'), entry('early', 2, '2.9'));
      expect(listFigures(dir).map((f) => f.id)).toEqual(['early', 'my-figure']);
      expect(figuresSource(listFigures(dir), dir)).toContain('export const FIGURES = [f0, f1];');
      writeFileSync(path.join(dir, 'early', 'entry.ts'), entry('late', 2, '2.9'));
      expect(() => listFigures(dir)).toThrow(/entry id "late" must be its folder's name "early"/);
      writeFileSync(path.join(dir, 'early', 'entry.ts'), 'export const entry = defineFigure(spec);');
      expect(() => listFigures(dir)).toThrow(/early\/entry\.ts: declare id/);
      rmSync(path.join(dir, 'early'), { recursive: true });
      mkdirSync(path.join(dir, 'Bad_Id'));
      writeFileSync(path.join(dir, 'Bad_Id', 'entry.ts'), '');
      expect(() => listFigures(dir)).toThrow(/Bad_Id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
