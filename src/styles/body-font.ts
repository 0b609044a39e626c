/**
 * The body face, Source Serif 4 (variable, optical sizes; @fontsource, SIL OFL
 * 1.1), upright and italic. Imported from here by every layout rather than
 * @imported by global.css, so it passes through Vite's plugins:
 * src/markdown/vite-font-display.mjs makes it `font-display: optional`.
 */
import '@fontsource-variable/source-serif-4/opsz.css';
import '@fontsource-variable/source-serif-4/opsz-italic.css';
