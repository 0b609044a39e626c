/**
 * A dynamic `import()` in the browser build stays a plain `import()`, without
 * Vite's preload helper. The chunks loaded on demand (a figure's embed panel and
 * data table, the print QR code) import only modules the figure has already
 * loaded, so preloading them gains nothing; and the helper resolves chunk URLs
 * from the site's root (`/_astro/...`), which the offline edition, opened from
 * file://, does not have: there it failed with "Invalid URL".
 *
 * Two parts:
 *   - `build.modulePreload: false` for the client build: no dependency lists.
 *     In astro.config's `vite` block it does not reach the client build (Astro
 *     sets its own), so it is set here, per environment.
 *   - Vite still wraps each `import()` in its helper, `__vitePreload(load, deps)`,
 *     and ships the helper (about 1 KB, with `import.meta.url`, which the offline
 *     bundle cannot have). With the lists always empty it only calls `load()`,
 *     so the helper module is replaced by exactly that.
 */
const HELPER = '\0vite/preload-helper.js';

export default function noModulePreload() {
  return {
    name: 'downhill:no-module-preload',
    enforce: 'pre',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler(id) {
        if (id !== HELPER || this.environment?.name !== 'client') return null;
        return 'export const __vitePreload = (load) => load();';
      },
    },
  };
}
