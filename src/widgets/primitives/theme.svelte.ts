/**
 * The page theme as a rune, for code that cannot style itself with CSS: canvas
 * painting reads `theme.current` (and `cssVar`) inside an effect or attachment,
 * so it repaints when the reader flips the theme.
 *
 *   import { theme, cssVar } from '~/widgets/primitives/theme.svelte';
 *   const lut = $derived(lossLut(theme.current));
 *   const ink = $derived(cssVar('--fg'));
 */
import { createSubscriber } from 'svelte/reactivity';
import { RUN_PALETTE, runColour, type Theme } from '~/viz';

/** The theme the page shows: `<html data-theme>`, else the system preference. */
function readTheme(): Theme {
  const attr = document.documentElement.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class ThemeRune {
  // One MutationObserver (and media listener) while anything reads `current`
  // inside an effect; none at all on the server or when nobody listens.
  readonly #subscribe = createSubscriber((update) => {
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', update);
    };
  });

  /** 'light' or 'dark'; always 'light' during server rendering. */
  get current(): Theme {
    if (typeof document === 'undefined') return 'light';
    this.#subscribe();
    return readTheme();
  }
}

/** The page theme (reactive). */
export const theme = new ThemeRune();

/**
 * The computed value of a CSS custom property on `el` (default `<html>`), e.g.
 * `cssVar('--fg')`. Reactive on the theme, so a canvas painter that calls it
 * repaints after a theme switch. Empty string on the server.
 */
export function cssVar(name: string, el?: Element): string {
  if (typeof document === 'undefined') return '';
  void theme.current;
  return getComputedStyle(el ?? document.documentElement)
    .getPropertyValue(name)
    .trim();
}

/**
 * Inline style giving an element both themes' colour for run `index`
 * (`--run-light`, `--run-dark`). Components pick one with CSS on
 * `:root[data-theme]`, so server-rendered SVG already has the right colour
 * before hydration (no rune, no flash).
 *
 *   <path class="run" style={runVars(i)} />  with  .run { stroke: var(--run) }
 */
export function runVars(index: number): string {
  return `--run-light:${runColour(index, 'light')};--run-dark:${runColour(index, 'dark')}`;
}

/** The number of distinct run colours before they repeat. */
export const RUN_COLOURS = RUN_PALETTE.light.length;
