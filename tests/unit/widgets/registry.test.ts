import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS, widgetById } from '~/widgets/registry';
import { schemaProblems, validate } from '~/state/schema';

/** `number="5.6"` of each figure used in a chapter, by its view's name. */
const printed = new Map<string, string>();
for (const file of readdirSync('content/chapters')) {
  const mdx = readFileSync(`content/chapters/${file}`, 'utf8');
  for (const m of mdx.matchAll(/<([A-Z]\w+) client:\w+[^>]*?number="([\d.]+)"/g)) printed.set(m[1]!, m[2]!);
}
const pascal = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, _d: string, c: string) => c.toUpperCase());

describe('the widget registry', () => {
  it('has unique, URL-safe ids', () => {
    const ids = WIDGETS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('lists the figures in the book’s order, the playground last', () => {
    const keys = WIDGETS.map((w) => (w.chapter === 0 ? 99 : w.chapter) * 100 + Number(w.figure.split('.')[1] ?? 0));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(WIDGETS.at(-1)?.id).toBe('playground');
  });

  describe.each(WIDGETS.map((w) => [w.id, w] as const))('%s', (id, w) => {
    it('declares a schema without problems', () => {
      expect(schemaProblems(w.schema)).toEqual([]);
    });

    it('has presets whose values are all valid as given', () => {
      for (const p of w.presets) {
        const { problems } = validate(w.schema, p.values as Record<string, unknown>);
        expect(problems, `${id}/${p.id}`).toEqual([]);
      }
    });

    it('carries the figure number its chapter prints', () => {
      if (w.chapter === 0) expect(w.figure).toBe('');
      else {
        expect(w.figure.startsWith(`${w.chapter}.`)).toBe(true);
        expect(printed.get(pascal(id))).toBe(w.figure);
      }
    });

    it('is found by id', () => {
      expect(widgetById(id)).toBe(w);
    });
  });
});
