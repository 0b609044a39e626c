// Checks a build made for a sub-path (BASE_PATH=/downhill/): every root-absolute
// URL in its HTML, CSS, manifest and sitemaps must stay under the base, and
// every one that points at the site must name a file the build has.
//
//   node scripts/check-base-links.mjs <build dir> <base> [site]
//
// Exits 1 and lists the offenders otherwise. `findEscapes` is exported for tests.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Attributes whose value is a URL (Astro's island attributes included). */
const URL_ATTRS = ['href', 'src', 'action', 'poster', 'data', 'component-url', 'renderer-url', 'before-hydration-url'];
const ATTR_RE = new RegExp(`\\s(${URL_ATTRS.join('|')}|srcset)\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'gi');
const CSS_URL_RE = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
const CSS_IMPORT_RE = /@import\s+(['"])([^'"]+)\1/g;
const META_RE = /<meta\s[^>]*(?:property|name)="(?:og:url|og:image|twitter:image)"[^>]*>/gi;

/** Every file under `dir`, as paths relative to it with '/' separators. */
export function listFiles(dir, rel = '') {
  const out = [];
  for (const name of readdirSync(path.join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...listFiles(dir, r));
    else out.push(r);
  }
  return out;
}

/** The URLs a file refers to, by kind of file. */
export function urlsIn(file, text) {
  const urls = [];
  if (file.endsWith('.html')) {
    // Inline scripts are code, not links; their strings are checked by the browser tests.
    const html = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1));
    for (const m of html.matchAll(ATTR_RE)) {
      const value = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
      if (m[1].toLowerCase() === 'srcset') urls.push(...value.split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean));
      else urls.push(value);
    }
    for (const m of html.matchAll(META_RE)) {
      const c = /content="([^"]*)"/.exec(m[0]);
      if (c) urls.push(c[1]);
    }
    for (const m of html.matchAll(/style="([^"]*)"/g)) for (const u of m[1].matchAll(CSS_URL_RE)) urls.push(u[2]);
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) for (const u of m[1].matchAll(CSS_URL_RE)) urls.push(u[2]);
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(CSS_URL_RE)) urls.push(m[2]);
    for (const m of text.matchAll(CSS_IMPORT_RE)) urls.push(m[2]);
  } else if (file.endsWith('.webmanifest')) {
    const json = JSON.parse(text);
    urls.push(json.start_url, json.scope, ...(json.icons ?? []).map((i) => i.src));
  } else if (file.endsWith('.xml')) {
    for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) urls.push(m[1]);
  } else if (file === 'robots.txt') {
    for (const m of text.matchAll(/^(?:Disallow|Allow|Sitemap):\s*(\S+)/gm)) urls.push(m[1]);
  }
  return urls.filter((u) => typeof u === 'string' && u !== '');
}

/**
 * Problems in one file's URLs: root-absolute ones outside `base`, absolute ones
 * on `site` outside `site + base`, and ones under the base naming no built file.
 * Relative URLs are resolved against the file first, so `../../x` escaping the base is caught too.
 */
export function findEscapes({ file, urls, base, site, exists }) {
  const problems = [];
  const pageUrl = new URL(`${base}${file}`, 'http://site.invalid');
  const siteOrigin = site ? new URL(site).origin : null;
  for (const raw of urls) {
    if (/^(?:#|data:|mailto:|tel:|javascript:|blob:)/i.test(raw)) continue;
    let u;
    try {
      u = new URL(raw, pageUrl);
    } catch {
      problems.push(`${file}: unparsable URL ${raw}`);
      continue;
    }
    const ours = u.origin === 'http://site.invalid' || (siteOrigin !== null && u.origin === siteOrigin);
    if (!ours) continue;
    if (!u.pathname.startsWith(base)) {
      problems.push(`${file}: ${raw} escapes the base ${base}`);
      continue;
    }
    if (exists) {
      const inside = decodeURIComponent(u.pathname.slice(base.length));
      if (!exists(inside)) problems.push(`${file}: ${raw} names no built file`);
    }
  }
  return problems;
}

function main() {
  const [dirArg, baseArg, site] = process.argv.slice(2);
  if (!dirArg || !baseArg || !baseArg.startsWith('/') || !baseArg.endsWith('/')) {
    console.error('usage: node scripts/check-base-links.mjs <build dir> </base/> [site]');
    process.exit(2);
  }
  const dir = path.resolve(dirArg);
  const files = listFiles(dir);
  const have = new Set(files);
  const exists = (p) => {
    const clean = p.replace(/\/$/, '');
    return p === '' || have.has(clean) || have.has(`${clean}/index.html`) || have.has(`${clean}.html`) || (p.endsWith('/') && have.has(`${p}index.html`));
  };
  const checked = files.filter((f) => /\.(?:html|css|webmanifest|xml)$/.test(f) || f === 'robots.txt').filter((f) => !f.startsWith('pagefind/'));
  const problems = [];
  let count = 0;
  for (const file of checked) {
    const urls = urlsIn(file, readFileSync(path.join(dir, file), 'utf8'));
    count += urls.length;
    // robots.txt names folders to skip, not files.
    problems.push(...findEscapes({ file, urls, base: baseArg, site, exists: file === 'robots.txt' ? null : exists }));
  }
  if (!existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) problems.push('pagefind/pagefind.js: the search index was not built');
  if (problems.length) {
    console.error(`base links: ${problems.length} problems in ${checked.length} files\n  ${[...new Set(problems)].slice(0, 60).join('\n  ')}`);
    process.exit(1);
  }
  console.log(`base links: ${count} URLs in ${checked.length} files all stay under ${baseArg} and resolve`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
