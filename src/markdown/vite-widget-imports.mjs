/**
 * Chapters and pages import widgets from one barrel (`import { Race } from
 * '~/widgets'`), but Astro hydrates an island from the module it was imported
 * from: with the barrel as the island's component-url, every page would load
 * every widget (the barrel is a client entry, so none of its exports can be
 * dropped). This Vite plugin rewrites such imports in .mdx and .astro sources,
 * before they are compiled, into one default import per widget file, read from
 * the barrel's own `export { default as X } from './X.svelte'` lines:
 *
 *   import { Race, Basins as B } from '~/widgets';
 *   // becomes
 *   import Race from '~/widgets/Race.svelte'; import B from '~/widgets/Basins.svelte';
 *
 * so each island's chunk holds one widget (and the code it shares with others
 * sits in shared chunks). Names the barrel does not map to a file stay on the
 * barrel. Line numbers are kept (the rewrite stays on the statement's lines).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BARREL = '~/widgets';
const DEFAULT_BARREL_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../widgets/index.ts');

/** `{ Race: './Race.svelte', ... }` from the barrel's source. */
export function barrelMap(source) {
  const map = new Map();
  for (const [, name, file] of source.matchAll(/export\s*\{\s*default\s+as\s+(\w+)\s*\}\s*from\s*['"](\.\/[^'"]+\.svelte)['"]/g)) map.set(name, file);
  return map;
}

/**
 * Rewrite every `import { ... } from '~/widgets'` statement in `code`.
 * Returns the new code, or null when nothing changed.
 *
 *   rewriteWidgetImports("import { Race } from '~/widgets';", new Map([['Race', './Race.svelte']]));
 *   // "import Race from '~/widgets/Race.svelte';"
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
      if (file) direct.push(`import ${m[2] ?? m[1]} from ${quote}${BARREL}/${file.slice(2)}${quote};`);
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

export default function widgetImports(barrelFile = DEFAULT_BARREL_FILE) {
  let map;
  return {
    name: 'downhill:widget-imports',
    enforce: 'pre',
    buildStart() {
      map = barrelMap(readFileSync(barrelFile, 'utf8'));
      this.addWatchFile?.(barrelFile);
    },
    transform: {
      order: 'pre',
      handler(code, id) {
        if (!/\.(mdx|astro)$/.test(id.replace(/\?.*$/, '')) || !code.includes(BARREL)) return null;
        map ??= barrelMap(readFileSync(barrelFile, 'utf8'));
        const out = rewriteWidgetImports(code, map);
        return out === null ? null : { code: out, map: null };
      },
    },
  };
}
