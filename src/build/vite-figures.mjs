/**
 * The figure folders, read once for the whole build. A figure is a folder
 * `src/widgets/<id>/` holding `entry.ts` (id, title, schema, presets...) and
 * its view `<Name>.svelte`, where Name is the id in PascalCase
 * (`grid-cost` -> `GridCost.svelte`). Everything that lists figures is made
 * from these folders, so a new figure is a new folder and nothing else:
 *
 * - `virtual:downhill/figures` is every entry, in the book's order (chapter,
 *   then figure number; the playground last), which `src/widgets/registry.ts`
 *   re-exports. Sorting here, from the literals each entry.ts declares,
 *   spares every page the sort and the file names a runtime glob would ship;
 * - `virtual:downhill/figure-loaders` loads one entry by id, each in a chunk
 *   of its own (`FIGURE_LOADERS.race()`), for pages in the browser that need
 *   one figure's schema at a time (the instructors' preset builder) and must
 *   not ship all of them;
 * - `virtual:downhill/widget-mount.astro` mounts a figure by id, hydrated on
 *   load (embed pages, gallery previews, slides). Astro hydrates only
 *   components imported statically by an `.astro` file, so this plugin writes
 *   that file's source: one import and one line per figure;
 * - chapters import views from the barrel (`import { Race } from '~/widgets'`).
 *   Astro would make the barrel the island's component-url, and every page
 *   would load every figure, so this plugin rewrites such imports in .mdx and
 *   .astro sources, before they are compiled, into one default import per
 *   view, keeping line numbers:
 *
 *     import { Race, Basins as B } from '~/widgets';
 *     // becomes
 *     import Race from '~/widgets/race/Race.svelte'; import B from '~/widgets/basins/Basins.svelte';
 *
 *   The bare barrel, imported from anywhere else, resolves to a generated
 *   module that re-exports every view.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BARREL = '~/widgets';
const DEFAULT_WIDGETS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../widgets');
export const MOUNT_ID = 'virtual:downhill/widget-mount.astro';
export const FIGURES_ID = 'virtual:downhill/figures';
const FIGURES_RESOLVED = '\0downhill:figures';
export const LOADERS_ID = 'virtual:downhill/figure-loaders';
const LOADERS_RESOLVED = '\0downhill:figure-loaders';
const BARREL_ID = '\0downhill:widgets-barrel';

/** `grid-cost` -> `GridCost`. */
export function viewName(id) {
  return id.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());
}

/**
 * What an entry.ts declares, read from its literals: `id: '...'`,
 * `chapter: N` and `figure: '...'` must each appear once, at the top level (two spaces in), as written by
 * `defineFigure({ ... })`. Anything else is an error naming the file.
 */
export function readEntry(source, file) {
  const one = (re, what) => {
    const all = [...source.matchAll(re)];
    if (all.length !== 1) throw new Error(`${file}: declare ${what} once, as a literal, in defineFigure({ ... }) (found ${all.length})`);
    return all[0][1];
  };
  return {
    id: one(/^ {2}id: '([^']*)',/gm, "id: '<folder name>'"),
    chapter: Number(one(/^ {2}chapter: (\d+),/gm, 'chapter: <number>')),
    figure: one(/^ {2}figure: '([^']*)',/gm, "figure: '<chapter>.<n>'"),
  };
}

/** The book's order: chapter, then figure number ("5.10" after "5.9"), chapter 0 (the playground) last, then id. */
export function byBookOrder(a, b) {
  const key = (f) => [f.chapter === 0 ? Number.POSITIVE_INFINITY : f.chapter, ...(f.figure ? f.figure.split('.').slice(1).map(Number) : [])];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every figure folder under `widgetsDir`, in the book's order:
 * `{ id, name, view, chapter, figure }`, `view` being the path of the view
 * under `~/widgets` (`race/Race.svelte`). A folder with an entry but no view
 * of the right name, or whose entry's id is not the folder's name, is an error.
 *
 *   listFigures('src/widgets'); // [{ id: 'hiker', name: 'Hiker', view: 'hiker/Hiker.svelte', chapter: 1, figure: '1.1' }, ...]
 */
export function listFigures(widgetsDir = DEFAULT_WIDGETS_DIR) {
  const figures = [];
  for (const dirent of readdirSync(widgetsDir, { withFileTypes: true })) {
    const entryFile = path.join(widgetsDir, dirent.name, 'entry.ts');
    if (!dirent.isDirectory() || !existsSync(entryFile)) continue;
    const id = dirent.name;
    if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`figure folder "${id}": ids are lower-case words joined by hyphens`);
    const name = viewName(id);
    const view = `${id}/${name}.svelte`;
    if (!existsSync(path.join(widgetsDir, view))) throw new Error(`figure folder "${id}" has entry.ts but no view ${name}.svelte`);
    const declared = readEntry(readFileSync(entryFile, 'utf8'), `${id}/entry.ts`);
    if (declared.id !== id) throw new Error(`${id}/entry.ts: entry id "${declared.id}" must be its folder's name "${id}"`);
    figures.push({ id, name, view, chapter: declared.chapter, figure: declared.figure });
  }
  return figures.sort(byBookOrder);
}

/** The registry's list: every entry, already in the book's order. */
export function figuresSource(figures, widgetsDir = DEFAULT_WIDGETS_DIR) {
  const imports = figures.map((f, i) => `import { entry as f${i} } from ${JSON.stringify(path.join(widgetsDir, f.id, 'entry.ts'))};`);
  return `${imports.join('\n')}\nexport const FIGURES = [${figures.map((_, i) => `f${i}`).join(', ')}];\n`;
}

/**
 * One lazy loader per entry, by id (`FIGURE_LOADERS['race']()` resolves to
 * race's entry), and the first figure's entry loaded with the module
 * (`FIRST_FIGURE`), so that a page showing it first renders it at once, in
 * the server's HTML and in the browser alike.
 */
export function loadersSource(figures, widgetsDir = DEFAULT_WIDGETS_DIR) {
  const file = (f) => JSON.stringify(path.join(widgetsDir, f.id, 'entry.ts'));
  const lines = figures.map((f, i) => `  ${JSON.stringify(f.id)}: ${i === 0 ? '() => Promise.resolve(first)' : `() => import(${file(f)}).then((m) => m.entry)`},`);
  const head = figures.length ? `import { entry as first } from ${file(figures[0])};\nexport const FIRST_FIGURE = first;\n` : 'export const FIRST_FIGURE = undefined;\n';
  return `${head}export const FIGURE_LOADERS = {\n${lines.join('\n')}\n};\n`;
}

/** `{ Race: 'race/Race.svelte', ... }` for the import rewrite. */
export function figureMap(figures) {
  return new Map(figures.map((f) => [f.name, f.view]));
}

/** The source of the mounting component: one static import and one line per figure. */
export function mountSource(figures) {
  const imports = figures.map((f) => `import ${f.name} from '${BARREL}/${f.view}';`).join('\n');
  const lines = figures.map((f) => `{widget === '${f.id}' && <${f.name} client:load {...props} />}`).join('\n');
  return `---
/* Generated by src/build/vite-figures.mjs from the figure folders. */
${imports}

interface Props {
  widget: string;
  /** The figure id on this page (URL prefix); empty in embeds. */
  id: string;
  embed?: boolean;
}
const { widget, id, embed = false } = Astro.props;
const props = { id, embed };
---
${lines}
`;
}

/** The barrel as a module: every view by name. */
export function barrelSource(figures) {
  return figures.map((f) => `export { default as ${f.name} } from '${BARREL}/${f.view}';`).join('\n') + '\n';
}

/**
 * Rewrite every `import { ... } from '~/widgets'` statement in `code`.
 * Returns the new code, or null when nothing changed.
 *
 *   rewriteWidgetImports("import { Race } from '~/widgets';", new Map([['Race', 'race/Race.svelte']]));
 *   // "import Race from '~/widgets/race/Race.svelte';"
 */
export function rewriteWidgetImports(code, map) {
  let changed = false;
  const out = code.replace(/import\s*\{([^}]*)\}\s*from\s*(['"])~\/widgets(?:\/index(?:\.ts)?)?\2\s*;?/g, (stmt, names, quote) => {
    const direct = [];
    const rest = [];
    for (const part of names.split(',')) {
      const spec = part.trim();
      if (!spec) continue;
      const m = /^(?:type\s+)?(\w+)(?:\s+as\s+(\w+))?$/.exec(spec);
      const file = m && !spec.startsWith('type ') ? map.get(m[1]) : undefined;
      if (file) direct.push(`import ${m[2] ?? m[1]} from ${quote}${BARREL}/${file}${quote};`);
      else rest.push(spec);
    }
    if (direct.length === 0) return stmt;
    changed = true;
    const keep = rest.length ? [`import { ${rest.join(', ')} } from ${quote}${BARREL}${quote};`] : [];
    const lines = stmt.split('\n').length;
    // Same number of lines as the original statement, so positions below it do not move.
    return [...keep, ...direct].join(' ') + '\n'.repeat(lines - 1);
  });
  return changed ? out : null;
}

/**
 * A readable, unique name for a chunk built from a figure folder's module:
 * `race/schema.ts` -> `race`, `basins/bands.ts` -> `basins-bands`,
 * `race/entry.ts` -> `race-entry`, where the
 * bundler alone would name thirty chunks `schema` (and the byte benchmarks,
 * which compare modules by name, could not tell them apart). Other chunks
 * keep their name, made safe the way Astro makes it (`[^\w.\-/]` -> `_`).
 * Use it as the client build's `chunkFileNames` (see astro.config.mjs).
 *
 *   figureChunkName({ name: 'schema', moduleIds: ['/…/src/widgets/race/schema.ts'] }) // 'race'
 */
export function figureChunkName(chunk, widgetsDir = DEFAULT_WIDGETS_DIR) {
  for (const id of chunk.moduleIds ?? []) {
    const file = id.replace(/\?.*$/, '');
    if (path.dirname(path.dirname(file)) !== widgetsDir) continue;
    const base = path.basename(file).replace(/\.(m?[jt]s)$/, '');
    if (base !== chunk.name) continue;
    const folder = path.basename(path.dirname(file));
    if (!existsSync(path.join(widgetsDir, folder, 'entry.ts'))) continue;
    return base === 'schema' || base === 'model' ? folder : `${folder}-${base}`;
  }
  return chunk.name.replace(/[^\w.\-/]/g, '_');
}

export default function figures(widgetsDir = DEFAULT_WIDGETS_DIR) {
  let list;
  const current = () => (list ??= listFigures(widgetsDir));
  // A real-looking path, so Astro compiles it like any .astro file; it never exists on disk.
  const mountFile = path.join(widgetsDir, 'WidgetMount.generated.astro');
  return {
    name: 'downhill:figures',
    enforce: 'pre',
    buildStart() {
      list = undefined;
      this.addWatchFile?.(widgetsDir);
    },
    resolveId(id) {
      if (id === MOUNT_ID) return mountFile;
      if (id === FIGURES_ID) return FIGURES_RESOLVED;
      if (id === LOADERS_ID) return LOADERS_RESOLVED;
      if (id === BARREL || id === `${BARREL}/index` || id === `${BARREL}/index.ts`) return BARREL_ID;
      return null;
    },
    load(id) {
      const file = id.replace(/\?.*$/, '');
      if (file === mountFile) return mountSource(current());
      if (id === BARREL_ID) return barrelSource(current());
      if (id === FIGURES_RESOLVED) return figuresSource(current(), widgetsDir);
      if (id === LOADERS_RESOLVED) return loadersSource(current(), widgetsDir);
      return null;
    },
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!/\.(mdx|astro)$/.test(id.replace(/\?.*$/, '')) || !code.includes(BARREL)) return null;
        const out = rewriteWidgetImports(code, figureMap(current()));
        return out === null ? null : { code: out, map: null };
      },
    },
    configureServer(server) {
      // A figure folder added or removed while the dev server runs: list again.
      // An entry edited (its chapter or number): sort again.
      const changed = (file) => {
        if (path.dirname(path.dirname(file)) !== widgetsDir || path.basename(file) !== 'entry.ts') return;
        list = undefined;
        for (const resolved of [FIGURES_RESOLVED, LOADERS_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
      };
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
      server.watcher.on('change', changed);
    },
  };
}
