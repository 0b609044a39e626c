/**
 * Every figure in the book, generated from the figure folders: each
 * `src/widgets/<id>/entry.ts` is picked up here (a Vite glob), so adding a
 * figure is adding its folder. The embed pages, the instructors' gallery, the
 * slides and the tests are built from this list; the island imports Astro
 * needs (embeds, gallery, slides) come from the same folders through
 * `src/build/figures.mjs`.
 *
 * Order: the book's order (chapter, then figure number), the playground last.
 */
import type { WidgetEntry } from './figure-entry';

export type { Preset, WidgetEntry } from './figure-entry';

const modules = import.meta.glob<{ entry: WidgetEntry }>('./*/entry.ts', { eager: true });

/** `5.6` -> [5, 6]; the playground (chapter 0, no number) sorts after every chapter. */
function sortKey(e: WidgetEntry): number[] {
  return [e.chapter === 0 ? Number.POSITIVE_INFINITY : e.chapter, ...e.figure.split('.').slice(1).map(Number)];
}

function byBookOrder(a: WidgetEntry, b: WidgetEntry): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every entry, checked: its id is its folder's name. */
export const WIDGETS: readonly WidgetEntry[] = Object.entries(modules)
  .map(([file, mod]) => {
    const folder = file.split('/')[1];
    if (mod.entry?.id !== folder) throw new Error(`${file}: entry id "${mod.entry?.id}" must be its folder's name "${folder}"`);
    return mod.entry;
  })
  .sort(byBookOrder);

/** The widget with this id, or undefined. */
export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
