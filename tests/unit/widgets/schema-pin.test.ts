/**
 * Pins every figure's URL schema, spec by spec and in order (the order is the
 * order of the keys in a link), and its presets, against a fixture written from
 * the code before the optimizer catalogue (#17, part 2): deriving the optimizer
 * controls from one catalogue must not change a single key, default, range,
 * step, label or choice. Regenerate the fixture only for a deliberate change:
 *   PIN_WRITE=1 npm run test:unit -- tests/unit/widgets/schema-pin.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '~/widgets/registry';

const FIXTURE = 'tests/unit/widgets/fixtures/schema-pin.json';

/** A plain copy of what a figure's URL and controls depend on, keys in order. */
function pinOf(w: (typeof WIDGETS)[number]) {
  const names = Object.keys(w.schema);
  const specs = names.map((name) => [name, JSON.parse(JSON.stringify(w.schema[name])) as unknown]);
  return { names, specs, presets: JSON.parse(JSON.stringify(w.presets)) as unknown };
}

const current = Object.fromEntries(WIDGETS.map((w) => [w.id, pinOf(w)]));
if (process.env['PIN_WRITE'] === '1') writeFileSync(FIXTURE, JSON.stringify(current, null, 1) + '\n');
const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, ReturnType<typeof pinOf>>;

describe('every figure’s URL schema is pinned', () => {
  it('covers the same figures', () => {
    expect(Object.keys(current).sort()).toEqual(Object.keys(pinned).sort());
  });

  it.each(Object.keys(pinned))('%s: same names, keys, defaults, ranges, labels and choices, in the same order', (id) => {
    const now = current[id]!;
    const then = pinned[id]!;
    expect(now.names).toEqual(then.names);
    expect(now.specs.map(([, s]) => (s as { key: string }).key)).toEqual(then.specs.map(([, s]) => (s as { key: string }).key));
    expect(now.specs).toEqual(then.specs);
    expect(now.presets).toEqual(then.presets);
  });
});
