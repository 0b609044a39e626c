/**
 * The one list of every widget in the book: id, title, chapter, parameter
 * schema, presets and a one-line description. Chapters use the components
 * directly; the embed pages, the instructors' gallery and the tests are
 * generated from this list. Components are mounted by id in
 * src/components/WidgetMount.astro (Astro needs them imported statically).
 *
 * Pure data: no Svelte imports here, so the list can be read anywhere.
 */
import type { Schema, Values } from '~/state/schema';
import { hikerSchema } from './schemas/hiker';

export interface Preset<S extends Schema = Schema> {
  readonly id: string;
  readonly label: string;
  readonly values: Partial<Values<S>>;
}

export interface WidgetEntry<S extends Schema = Schema> {
  /** Stable id: used in embed URLs, never rename. */
  readonly id: string;
  readonly title: string;
  /** Chapter order number (0 for the playground). */
  readonly chapter: number;
  readonly description: string;
  readonly schema: S;
  readonly presets: readonly Preset<S>[];
  /** A sensible iframe height in CSS pixels. */
  readonly height: number;
}

function entry<S extends Schema>(e: WidgetEntry<S>): WidgetEntry {
  return e as unknown as WidgetEntry;
}

export const WIDGETS: readonly WidgetEntry[] = [
  entry({
    id: 'hiker',
    title: 'The blindfolded hiker',
    chapter: 1,
    description: 'A hiker on a 1-D trail feels only the slope underfoot and steps against it.',
    schema: hikerSchema,
    presets: [
      { id: 'local-dip', label: 'Stuck in a dip', values: { start: 3.5, lr: 0.1 } },
      { id: 'overshoot', label: 'Steps too long', values: { start: 4.2, lr: 1.2 } },
    ],
    height: 620,
  }),
];

/** The widget with this id, or undefined. */
export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
