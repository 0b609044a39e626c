/**
 * How a figure offers its "Code" tool (types only: nothing here ships). The
 * figure hands its Figure a `code` click handler for the Code button; it
 * imports the figure's own `code.ts` (its mapping, the panel and the
 * generator) and toggles the panel (`toggleCode`, ./code-tool.ts). So a figure
 * page pays for a hidden button and one closure, and nothing else until the
 * reader asks for the code.
 *
 *   code={(b) => import('./code').then((m) => m.open(b, model, () => [objective, start]))}
 */
import type { CodeSpec } from '~/core/codegen/types';

/** A figure's state as the generator reads it; the tool adds the title and the link. */
export type CodeInput = Omit<CodeSpec, 'title' | 'url'>;

/** What a figure's model offers the tool: its link, widget name and id. */
export interface CodeModel {
  link(): string;
  readonly widget: string;
  readonly id: string;
}

