/**
 * The page's figure bus: widgets publish facts about their state under their
 * figure id; exercises on the same page listen. Islands hydrate separately (and
 * in any order), so the last facts of each figure are kept for late listeners.
 *
 *   publish('lr-race', { steps: 8 });
 *   const stop = listen('lr-race', (facts) => ...);
 */
import type { Facts } from './facts';

const EVENT = 'downhill:facts';

interface Store {
  last: Map<string, Facts>;
}

function store(): Store {
  const w = window as unknown as { __downhillFacts?: Store };
  w.__downhillFacts ??= { last: new Map() };
  return w.__downhillFacts;
}

export function publish(figure: string, facts: Facts): void {
  if (typeof window === 'undefined') return;
  store().last.set(figure, facts);
  window.dispatchEvent(new CustomEvent(EVENT, { detail: { figure, facts } }));
}

export function listen(figure: string, cb: (facts: Facts) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const last = store().last.get(figure);
  if (last) cb(last);
  const on = (e: Event): void => {
    const d = (e as CustomEvent<{ figure: string; facts: Facts }>).detail;
    if (d.figure === figure) cb(d.facts);
  };
  window.addEventListener(EVENT, on);
  return () => window.removeEventListener(EVENT, on);
}

/** The page event that sets a figure's state from outside it (an exercise's "predict, then run"): detail `{ figure, values }`. */
export const SET_EVENT = 'downhill:set';

/** Ask the figure `figure` on this page to take these values (each checked against its schema, as any input is). */
export function setFigure(figure: string, values: Readonly<Record<string, unknown>>): void {
  window.dispatchEvent(new CustomEvent(SET_EVENT, { detail: { figure, values } }));
}
