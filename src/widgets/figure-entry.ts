/**
 * What a figure folder declares about itself in its `entry.ts`: the stable id
 * (its folder's name and its URL id), title, chapter and figure number,
 * parameter schema, presets and a sensible embed height.
 *
 *   // src/widgets/race/entry.ts
 *   export const entry = defineFigure({ id: 'race', title: 'The optimizer race', chapter: 5, figure: '5.6', ... });
 *
 * Pure data: no Svelte imports, so entries can be read anywhere (pages,
 * tests, the instructors' builder).
 */
import type { Schema, Values } from '~/state/schema';

export interface Preset<S extends Schema = Schema> {
  readonly id: string;
  readonly label: string;
  readonly values: Partial<Values<S>>;
}

export interface WidgetEntry<S extends Schema = Schema> {
  /** Stable id: the folder's name, used in embed URLs; never rename. */
  readonly id: string;
  readonly title: string;
  /** Chapter order number (0 for the playground). */
  readonly chapter: number;
  /** The figure's number as the chapter prints it ("5.6"); empty outside the chapters. */
  readonly figure: string;
  readonly description: string;
  readonly schema: S;
  readonly presets: readonly Preset<S>[];
  /** A sensible iframe height in CSS pixels. */
  readonly height: number;
}

/**
 * Declare a figure: type-checks the presets against its own schema, then
 * forgets the schema's type so every entry fits one list.
 */
export function defineFigure<S extends Schema>(e: WidgetEntry<S>): WidgetEntry {
  return e as unknown as WidgetEntry;
}
