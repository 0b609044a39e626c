// `npm run export`: turns the normal Astro build (dist/) into the offline workshop
// edition, a folder and a zip that work opened by double-click from file:// with
// no server and no network (docs/offline.md). It transforms the build; it does
// not build a second site.
//
//   node scripts/export-offline.mjs [--dist dist] [--out offline] [--no-minify]
//
// The build is read from --dist, else $OUT_DIR (as `npm run build` writes it), else dist/.
//
// Output: <out>/downhill/ (START-HERE.html, index.html, ...) and
// <out>/downhill-offline-<version>.zip holding the folder as downhill/.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleModules } from './offline/bundle.mjs';
import { transformPage } from './offline/html.mjs';
import { buildSearch } from './offline/search.mjs';
import { inBookOrder, startHere } from './offline/start-here.mjs';
import { resolveLocal, rewriteCss } from './offline/urls.mjs';
import { folderSize, listFiles, zipFolder } from './offline/zip.mjs';

const { values: args } = parseArgs({ options: { dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' }, out: { type: 'string', default: 'offline' }, 'no-minify': { type: 'boolean', default: false } } });
const cwd = process.cwd();
const dist = path.resolve(cwd, args.dist);
const outDir = path.resolve(cwd, args.out);
const root = path.join(outDir, 'downhill');
const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));

if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`export: no build in ${path.relative(cwd, dist)}/ — run \`npm run export\` (it builds first) or \`npm run build\`.`);
  process.exit(1);
}

const { default: config } = await import(pathToFileURL(path.join(cwd, 'astro.config.mjs')).href);
let base = config.base ?? '/';
if (!base.startsWith('/')) base = '/' + base;
if (!base.endsWith('/')) base += '/';
const origin = config.site ? new URL(config.site).origin : undefined;
/** @type {import('./offline/urls.mjs').Site} */
const site = { root, base, origin };

// 1. Copy the build, without Astro's hidden working folders, source maps, or the
// Pagefind index (it needs import() and fetch; the export writes its own search).
const SKIP_COPY = new Set([path.join(dist, 'pagefind')]);
rmSync(root, { recursive: true, force: true });
cpSync(dist, root, { recursive: true, filter: (src) => !path.basename(src).startsWith('.') && !src.endsWith('.map') && !SKIP_COPY.has(src) });

// The home page's icon, for pages (dev harnesses) that link none.
const homeIcon = /<link[^>]*\srel="icon"[^>]*\shref="([^"]+)"/.exec(readFileSync(path.join(root, 'index.html'), 'utf8'))?.[1];
if (homeIcon) site.icon = resolveLocal(homeIcon, 'index.html', site)?.target;

// 2. Pages: relative URLs, islands keyed to the bundle, module scripts as placeholders.
const problems = [];
const warnings = [];
const modules = new Map();
const files = listFiles(root);
const pages = files.filter((f) => f.endsWith('.html'));
let islands = 0;
let moduleScripts = 0;
const pointedAt = new Map();
for (const file of pages) {
  const abs = path.join(root, file);
  const result = transformPage(readFileSync(abs, 'utf8'), file, site, modules);
  writeFileSync(abs, result.html);
  islands += result.islands;
  moduleScripts += result.moduleScripts;
  problems.push(...result.problems);
  for (const t of result.targets) if (!pointedAt.has(t)) pointedAt.set(t, file);
}

// 3. Stylesheets: url(...) relative to each sheet.
for (const file of files.filter((f) => f.endsWith('.css'))) {
  const abs = path.join(root, file);
  const css = readFileSync(abs, 'utf8');
  // Online the body face is preloaded and `font-display: optional` (used if it
  // is there within ~100 ms, never swapped in late: no reflow). file:// pages
  // cannot preload (a CORS fetch), so offline it often missed that window and
  // the book fell back to a Times-like serif. From the disk a face takes
  // milliseconds: `block` waits for it, with no fallback drawn and no reflow.
  const out = rewriteCss(css, file, site).replace(/font-display:\s*optional/g, 'font-display:block');
  if (out !== css) writeFileSync(abs, out);
}

// 4. One classic script with the runtime, every island component, renderer and page module.
const bundle = await bundleModules({ modules, root, base, origin, minify: !args['no-minify'], outfile: path.join(root, '_offline', 'downhill.js') });
warnings.push(...bundle.warnings);

// The chunks that went into the bundle live there now; other scripts (a worker
// loaded by URL, a classic script) stay.
for (const abs of bundle.inputs) if (existsSync(abs)) unlinkSync(abs);

// 5. Search: an index loaded as a classic script and a page that reads it.
const search = buildSearch({ root, pages, title: 'Downhill' });

// 6. What this is, for whoever double-clicks first.
const home = readFileSync(path.join(root, 'index.html'), 'utf8');
const icon = /<link rel="icon"[^>]*>/.exec(home)?.[0];
writeFileSync(path.join(root, 'START-HERE.html'), startHere({ version: pkg.version, pages: inBookOrder(search.pages, home), icon }));

// 7. Checks: every local URL points at a file in the export; nothing loads from elsewhere.
for (const [target, from] of pointedAt) {
  if (!existsSync(path.join(root, target))) warnings.push(`${from}: link to ${target}, which is not in the export`);
}
if (/\bWorker\s*\(/.test(readFileSync(path.join(root, '_offline', 'downhill.js'), 'utf8'))) {
  console.log('export: note: the bundle starts Web Workers; Chromium refuses them from file://, so each needs a main-thread fallback (docs/offline.md)');
}

for (const w of warnings) console.warn(`export: warning: ${w}`);
if (problems.length) {
  for (const p of problems) console.error(`export: ${p}`);
  console.error(`export: ${problems.length} problem(s); the offline edition would not work from file://.`);
  process.exit(1);
}

// 8. The zip, named with the version; older zips go.
for (const f of readdirSync(outDir)) if (/^downhill-offline-.*\.zip$/.test(f)) rmSync(path.join(outDir, f));
const zipName = `downhill-offline-${pkg.version}.zip`;
const zipBytes = zipFolder(root, path.join(outDir, zipName), 'downhill');

const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const total = listFiles(root);
console.log(
  [
    `export: ${pages.length} pages, ${islands} islands, ${modules.size} bundled modules (${moduleScripts} page module scripts), ${search.pages.length} pages indexed for search`,
    `export: ${path.relative(cwd, root)}/ — ${total.length} files, ${mb(folderSize(root))} (script bundle ${kb(bundle.bytes)}, search index ${kb(search.bytes)})`,
    `export: ${path.relative(cwd, path.join(outDir, zipName))} — ${mb(zipBytes)}`,
  ].join('\n'),
);
