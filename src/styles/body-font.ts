/**
 * The body face, Source Serif 4 (variable weight; @fontsource, SIL OFL 1.1),
 * upright and italic. The weight-only files: 51 KB for Latin, against 122 KB
 * for the ones with optical sizes too. Imported from here by every layout rather than
 * @imported by global.css, so it passes through Vite's plugins:
 * src/build/vite-font-display.mjs makes it `font-display: optional`.
 */
import '@fontsource-variable/source-serif-4/wght.css';
import '@fontsource-variable/source-serif-4/wght-italic.css';
