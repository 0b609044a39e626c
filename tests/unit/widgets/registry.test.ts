import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS, widgetById } from '~/widgets/registry';
import { schemaProblems, validate } from '~/state/schema';

const mount = readFileSync(new URL('../../../src/components/WidgetMount.astro', import.meta.url), 'utf8');

describe('the widget registry', () => {
  it('has unique, URL-safe ids', () => {
    const ids = WIDGETS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
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

    it('is mounted by WidgetMount, so its embed page works', () => {
      expect(mount).toContain(`widget === '${id}'`);
    });

    it('is found by id', () => {
      expect(widgetById(id)).toBe(w);
    });
  });
});
