/**
 * Every figure in the book, generated from the figure folders: each
 * `src/widgets/<id>/entry.ts` is listed by `src/build/vite-figures.mjs`
 * (`virtual:downhill/figures`), so adding a figure is adding its folder. The
 * embed pages, the instructors' gallery, the slides and the tests are built
 * from this list; the island imports Astro needs (embeds, gallery, slides)
 * come from the same folders.
 *
 * Order: the book's order (chapter, then figure number), the playground last;
 * the plugin sorts and checks (an entry's id is its folder's name) at build time.
 */
import { FIGURES } from 'virtual:downhill/figures';
import type { WidgetEntry } from './figure-entry';

export type { Preset, WidgetEntry } from './figure-entry';

export const WIDGETS: readonly WidgetEntry[] = FIGURES;

/** The widget with this id, or undefined. */
export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
