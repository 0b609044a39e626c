// Bundles every module the pages need (island components, renderers, page
// scripts) with the offline runtime into ONE classic script. Each module stays
// lazy: esbuild turns `() => import(file)` into an in-bundle initialiser, so a
// component is evaluated only when its island hydrates, and once per page.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const RUNTIME = fileURLToPath(new URL('./runtime.js', import.meta.url));

/**
 * @param {object} options
 * @param {Map<string, import('./html.mjs').ModuleSource>} options.modules by key
 * @param {string} options.root the export folder (the built files are read from it)
 * @param {string} options.base the build's base path ('/' or '/sub/')
 * @param {string} [options.origin] the site's own origin
 * @param {boolean} [options.minify] default true; false for debugging
 * @param {string} options.outfile
 * @returns {Promise<{ bytes: number, warnings: string[], inputs: string[] }>}
 *   inputs: the export's own files that went into the bundle (absolute paths)
 */
export async function bundleModules({ modules, root, base, origin, outfile, minify = true }) {
  const lines = [`import { start } from ${JSON.stringify(RUNTIME)};`, 'start({', `  base: ${JSON.stringify(base)},`, `  origin: ${JSON.stringify(origin ?? '')},`, '  modules: {'];
  for (const [key, source] of modules) {
    const spec = source.kind === 'file' ? path.join(root, source.file) : `downhill-inline:${key}`;
    lines.push(`    ${JSON.stringify(key)}: () => import(${JSON.stringify(spec)}),`);
  }
  lines.push('  },', '});');

  const assetPrefix = `${base}_astro/`;
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: path.dirname(RUNTIME), sourcefile: 'downhill-offline-entry.js', loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'eof',
    charset: 'utf8',
    outfile,
    write: true,
    logLevel: 'silent',
    metafile: true,
    plugins: [
      {
        name: 'downhill-offline',
        setup(b) {
          // Inline page scripts, by key.
          b.onResolve({ filter: /^downhill-inline:/ }, (args) => ({ path: args.path.slice('downhill-inline:'.length), namespace: 'downhill-inline' }));
          b.onLoad({ filter: /.*/, namespace: 'downhill-inline' }, (args) => {
            const source = modules.get(args.path);
            return { contents: source.code, loader: 'js', resolveDir: path.join(root, source.resolveDir) };
          });
          // Root-absolute imports in built code ('/_astro/x.js') point into the export.
          b.onResolve({ filter: /^\// }, (args) => {
            const fromSite = args.namespace === 'downhill-inline' || args.importer.startsWith(root + path.sep);
            if (!fromSite || args.path.startsWith(root + path.sep)) return undefined;
            const inside = args.path.startsWith(base) ? args.path.slice(base.length) : args.path.slice(1);
            return { path: path.join(root, inside.split(/[?#]/)[0]) };
          });
          // Asset URLs baked into chunks ("/_astro/x.png") become URLs under the export's root at run time.
          b.onLoad({ filter: /\.m?js$/ }, async (args) => {
            if (!args.path.startsWith(root)) return undefined;
            const code = await readFile(args.path, 'utf8');
            const quoted = new RegExp(`(["'\`])${escapeRegExp(assetPrefix)}([^"'\`\\s$]*)\\1`, 'g');
            return { contents: code.replace(quoted, (all, q, rest) => `(self.__downhillRoot+${JSON.stringify('_astro/' + rest)})`), loader: 'js' };
          });
        },
      },
    ],
  });
  const warnings = result.warnings.map((w) => `${w.location?.file ?? ''}: ${w.text}`);
  const inputs = Object.keys(result.metafile.inputs)
    .map((p) => path.resolve(p))
    .filter((p) => p.startsWith(root + path.sep));
  return { bytes: statSync(outfile).size, warnings, inputs };
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
