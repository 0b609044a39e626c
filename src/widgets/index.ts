/** The one barrel chapters import widgets from: `import { SlopeProbe } from '~/widgets'`. */
export { default as Hiker } from './Hiker.svelte';
