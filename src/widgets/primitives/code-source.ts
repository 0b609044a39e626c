/**
 * How a figure offers its "Code" tool (types only: nothing here ships). The
 * figure hands its Figure a `code` loader: it imports the figure's mapping
 * from its own folder (`code.ts`) the first time a reader opens the panel, and
 * resolves to a function that reads the figure's current state as the
 * generator's input. The panel calls that function reactively, so an open
 * panel follows the sliders. A figure page pays a few bytes for the button and
 * nothing for the generator.
 *
 *   code={() => import('./code').then((m) => () => m.raceCode({ values: v, objective, start, bound }))}
 */
import type { CodeSpec } from '~/core/codegen/types';

/** A figure's state as the generator reads it; Figure adds the title and the link. */
export type CodeInput = Omit<CodeSpec, 'title' | 'url'>;

export type CodeLoader = () => Promise<() => CodeInput>;
