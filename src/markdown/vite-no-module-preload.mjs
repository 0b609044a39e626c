/**
 * A dynamic `import()` in the browser build stays a plain `import()`, without
 * Vite's preload helper. The chunks loaded on demand (a figure's embed panel and
 * data table, the print QR code) import only modules the figure has already
 * loaded, so preloading them gains nothing; and the helper resolves chunk URLs
 * from the site's root (`/_astro/...`), which the offline edition, opened from
 * file://, does not have: there it failed with "Invalid URL".
 *
 * `build.modulePreload: false` in astro.config's `vite` does not reach the
 * client build (Astro sets its own), so it is set here, per environment.
 */
export default function noModulePreload() {
  return {
    name: 'downhill:no-module-preload',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
  };
}
