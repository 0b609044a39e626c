// Bytes shipped per page: gzipped JavaScript and CSS for every built HTML page,
// following each page's module graph the way a browser would fetch it.
//
//   node scripts/bench-bytes.mjs [dist] [--json] [--page /chapters/intuition/]
//
// A page's JavaScript is
//   - its inline <script> bodies (Astro's island runtime, theme script...),
//   - every <script type="module" src>, every <astro-island component-url> and
//     renderer-url (client:visible islands count: they load when scrolled to),
//   - and, recursively, every static `import ... from "./x.js"`, `import "./x.js"`
//     and `export ... from "./x.js"` in those chunks.
// Dynamic `import("./x.js")` targets and worker scripts (`new URL("./x.js",
// import.meta.url)`) are reported as `lazy` (fetched on demand, not counted).
// Its CSS is every <link rel="stylesheet"> plus inline <style>.
// Each file is gzipped on its own (level 9), as a server would send it; inline
// bodies are gzipped together. Sizes are bytes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

/** gzip -9 size of a buffer or string. */
export const gz = (data) => gzipSync(data, { level: 9 }).length;

/** `ScatterPlot.DQUOy_MY.js` -> `ScatterPlot.js`: a chunk's name without its content hash. */
export function stableName(file) {
  const base = path.basename(file);
  return base.replace(/\.[A-Za-z0-9_-]{8}(\.(?:js|css))$/, '$1');
}

const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.(?:m?js|css))["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
const WORKER_URL = /new URL\(\s*["'`]([^"'`]+\.m?js)["'`]\s*,\s*import\.meta\.url\s*\)/g;
const VITE_DEPS = /__vite__mapDeps=\([^)]*m\.f=\[([^\]]*)\]/;

function walkHtml(dir, root = dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name.startsWith('.')) continue;
    const st = statSync(p);
    if (st.isDirectory()) walkHtml(p, root, out);
    else if (name.endsWith('.html')) out.push(path.relative(root, p));
  }
  return out.sort();
}

/** `chapters/intuition/index.html` -> `/chapters/intuition/`. */
export function routeOf(htmlRel) {
  const r = '/' + htmlRel.split(path.sep).join('/');
  return r.endsWith('/index.html') ? r.slice(0, -'index.html'.length) : r;
}

/**
 * Which budget a page falls under: `chapter` (60 KB), `widgets` (other pages
 * with islands: embeds, presentation, instructors; 60 KB), `text` (no islands:
 * 5 KB) or `dev` (harness pages, reported but not budgeted).
 */
export function pageKind(route, hasIslands) {
  if (route.startsWith('/dev/')) return 'dev';
  if (route.startsWith('/chapters/')) return 'chapter';
  return hasIslands ? 'widgets' : 'text';
}

/** Analyse one build folder. Returns { pages: [...], modules: Map(name -> {raw, gzip}) }. */
export function analyzeBytes(dist) {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`bench-bytes: no build in ${dist}/ (run OUT_DIR=${dist} npm run build)`);
  const cache = new Map();
  /** Parse one built module (by absolute path). */
  const mod = (abs) => {
    let m = cache.get(abs);
    if (m) return m;
    const src = existsSync(abs) ? readFileSync(abs) : null;
    const text = src ? src.toString('utf8') : '';
    const rel = (spec) => path.resolve(path.dirname(abs), spec);
    const imports = new Set();
    const lazy = new Set();
    if (abs.endsWith('.js')) {
      for (const [, s] of text.matchAll(STATIC_IMPORT)) if (s.startsWith('.') || s.startsWith('/')) imports.add(s.startsWith('/') ? path.join(dist, s) : rel(s));
      for (const [, s] of text.matchAll(DYNAMIC_IMPORT)) if (s.startsWith('.')) lazy.add(rel(s));
      for (const [, s] of text.matchAll(WORKER_URL)) if (s.startsWith('.')) lazy.add(rel(s));
      const deps = VITE_DEPS.exec(text);
      if (deps) for (const [, s] of deps[1].matchAll(/["']([^"']+)["']/g)) lazy.add(path.join(dist, s));
    }
    m = { abs, name: stableName(abs), file: path.relative(dist, abs), missing: !src, raw: src ? src.length : 0, gzip: src ? gz(src) : 0, imports: [...imports], lazy: [...lazy] };
    cache.set(abs, m);
    return m;
  };

  const pages = [];
  for (const rel of walkHtml(dist)) {
    const html = readFileSync(path.join(dist, rel), 'utf8');
    const route = routeOf(rel);
    const resolveUrl = (u) => {
      const clean = u.replace(/[?#].*$/, '');
      return clean.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(path.join(dist, rel)), clean);
    };
    const entries = new Set();
    for (const [, tag] of html.matchAll(/<script\b([^>]*)>/g)) {
      const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
      if (src && !/^[a-z]+:/i.test(src)) entries.add(resolveUrl(src));
    }
    let islands = 0;
    for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
      islands++;
      for (const attr of ['component-url', 'renderer-url']) {
        const u = new RegExp(`\\b${attr}="([^"]+)"`).exec(tag)?.[1];
        if (u) entries.add(resolveUrl(u));
      }
    }
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter(([, attrs]) => !/type="(?:application\/(?:ld\+)?json|text\/template)"/.test(attrs))
      .map(([, , body]) => body)
      .join('\n');
    const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, b]) => b).join('\n');
    const cssFiles = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
      .map(([tag]) => /\bhref="([^"]+)"/.exec(tag)?.[1])
      .filter((h) => h && !/^[a-z]+:/i.test(h))
      .map((h) => resolveUrl(h));

    // Breadth-first over static imports.
    const seen = new Set();
    const queue = [...entries];
    const lazy = new Set();
    while (queue.length) {
      const abs = queue.shift();
      if (seen.has(abs)) continue;
      seen.add(abs);
      const m = mod(abs);
      for (const i of m.imports) if (!seen.has(i)) queue.push(i);
      for (const l of m.lazy) lazy.add(l);
    }
    const jsModules = [...seen].map(mod).sort((a, b) => b.gzip - a.gzip);
    for (const m of jsModules) lazy.delete(m.abs);
    const cssModules = [...new Set(cssFiles)].map(mod).sort((a, b) => b.gzip - a.gzip);
    // CSS @imports inside stylesheets are not used by this build (Vite inlines them).
    const inlineJs = inline.trim() ? gz(inline) : 0;
    const inlineStyle = inlineCss.trim() ? gz(inlineCss) : 0;
    pages.push({
      route,
      kind: pageKind(route, islands > 0),
      islands,
      js: jsModules.reduce((s, m) => s + m.gzip, 0) + inlineJs,
      jsRaw: jsModules.reduce((s, m) => s + m.raw, 0) + Buffer.byteLength(inline),
      inlineJs,
      css: cssModules.reduce((s, m) => s + m.gzip, 0) + inlineStyle,
      inlineCss: inlineStyle,
      html: gz(html),
      modules: jsModules.map((m) => ({ name: m.name, file: m.file, gzip: m.gzip, raw: m.raw, ...(m.missing ? { missing: true } : {}) })),
      css_modules: cssModules.map((m) => ({ name: m.name, gzip: m.gzip })),
      lazy: [...lazy].map(mod).map((m) => ({ name: m.name, gzip: m.gzip })),
    });
  }
  const modules = {};
  for (const m of cache.values()) if (m.abs.endsWith('.js')) modules[m.name] = { gzip: m.gzip, raw: m.raw };
  return { pages, modules };
}

export const kb = (b) => (b / 1024).toFixed(1);

// CLI
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dist = path.resolve(args.find((a) => !a.startsWith('--') && !args[args.indexOf(a) - 1]?.startsWith('--page')) ?? process.env.OUT_DIR ?? 'dist');
  const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;
  const { pages, modules } = analyzeBytes(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ pages, modules }, null, 2));
  } else {
    for (const p of pages) {
      if (only && p.route !== only) continue;
      const top = p.modules.slice(0, 3).map((m) => `${m.name} ${kb(m.gzip)}`).join(', ');
      console.log(`${p.route.padEnd(36)} ${p.kind.padEnd(8)} js ${kb(p.js).padStart(6)} KB  css ${kb(p.css).padStart(5)} KB  ${top}`);
      if (only) for (const m of p.modules) console.log(`    ${m.name.padEnd(50)} ${kb(m.gzip).padStart(6)} KB gz  ${kb(m.raw).padStart(7)} KB raw`);
    }
  }
}
