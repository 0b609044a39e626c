/**
 * What a plot inside a `Figure` may know about its frame, so it can describe
 * itself without repeating the figure:
 *
 *   - `summaryId`: the id of the figure's summary paragraph. A plot points its
 *     `aria-describedby` at it (after its own description) instead of copying
 *     the sentence into a hidden paragraph of its own.
 *   - `settled`: false while a pointer drags something in the figure. A plot's
 *     own hidden description holds still until it is true again, as the
 *     summary does (see Figure).
 *
 * Outside a figure (the primitives harness) there is none: plots describe only
 * themselves and never hold.
 */
import { getContext, setContext } from 'svelte';

export interface FigureContext {
  readonly summaryId: string;
  readonly settled: boolean;
}

const KEY = Symbol('figure');

/** Called once by `Figure` while it initialises. */
export function provideFigure(context: FigureContext): void {
  setContext(KEY, context);
}

/** The enclosing figure's context, if the caller is inside one. */
export function enclosingFigure(): FigureContext | undefined {
  return getContext<FigureContext | undefined>(KEY);
}
