// URL rewriting for the offline edition: every URL the build wrote (root-absolute,
// site-absolute or relative) becomes relative to the file that contains it, and a
// link to a folder ends in index.html, because file:// has no server to do either.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIP = /^(?:#|data:|blob:|mailto:|tel:|javascript:|about:)/i;

/**
 * @typedef {object} Site
 * @property {string} root    the export folder on disk
 * @property {string} base    the build's base path, e.g. '/' or '/downhill/'
 * @property {string} [origin] the site's own origin (astro.config `site`), treated as local
 * @property {string} [icon]   the site's icon (export path), linked from pages that have none
 */

/**
 * The path inside the export (posix, no leading slash) a URL points at, with
 * its query and hash; null for URLs that stay as they are (other origins, data:...).
 * @param {string} url
 * @param {string} fromFile posix path of the containing file, relative to the root
 * @param {Site} site
 * @returns {{ target: string, suffix: string } | null}
 * @example resolveLocal('/chapters/x/#a', 'index.html', site) -> { target: 'chapters/x/index.html', suffix: '#a' }
 */
export function resolveLocal(url, fromFile, site) {
  const raw = url.trim();
  if (raw === '' || SKIP.test(raw)) return null;
  let rest = raw;
  if (site.origin && (rest === site.origin || rest.startsWith(site.origin + '/'))) rest = rest.slice(site.origin.length) || '/';
  if (/^[a-z][a-z0-9+.-]*:/i.test(rest) || rest.startsWith('//')) return null;
  const m = /^([^?#]*)(.*)$/.exec(rest);
  let p = m[1];
  const suffix = m[2];
  if (p.startsWith('/')) {
    p = p.startsWith(site.base) ? p.slice(site.base.length) : p === site.base.replace(/\/$/, '') ? '' : p.slice(1);
  } else {
    p = path.posix.join(path.posix.dirname(fromFile), p);
    if (p === '.') p = '';
    if (rest.split(/[?#]/)[0].endsWith('/') && !p.endsWith('/')) p += '/';
  }
  try {
    p = decodeURI(p);
  } catch {
    // Leave a malformed escape as it is.
  }
  return { target: toFile(p, site.root), suffix };
}

/** A folder becomes its index.html; a path without extension becomes x/index.html or x.html when that exists. */
function toFile(p, root) {
  if (p === '' || p.endsWith('/')) return p + 'index.html';
  const abs = path.join(root, p);
  if (existsSync(abs) && statSync(abs).isDirectory()) return p + '/index.html';
  if (!existsSync(abs) && !path.posix.extname(p)) {
    if (existsSync(abs + '.html')) return p + '.html';
    return p + '/index.html';
  }
  return p;
}

/**
 * Rewrites one URL relative to the file containing it.
 * @param {string} url
 * @param {string} fromFile posix path of the containing file, relative to the root
 * @param {Site} site
 * @example relativeUrl('/_astro/a.css', 'chapters/x/index.html', site) -> '../../_astro/a.css'
 */
export function relativeUrl(url, fromFile, site) {
  const local = resolveLocal(url, fromFile, site);
  if (!local) return url;
  let rel = path.posix.relative(path.posix.dirname(fromFile), local.target);
  if (rel === '') rel = path.posix.basename(local.target);
  return encodeURI(rel).replace(/#/g, '%23').replace(/\?/g, '%3F') + local.suffix;
}

/** Rewrites every url(...) and @import '...' in a stylesheet. */
export function rewriteCss(css, fromFile, site) {
  return css
    .replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (all, q, url) => `url(${q}${relativeUrl(url, fromFile, site)}${q})`)
    .replace(/@import\s+(['"])([^'"]+)\1/g, (all, q, url) => `@import ${q}${relativeUrl(url, fromFile, site)}${q}`);
}

/** Rewrites a srcset list ("a.png 1x, b.png 2x"). */
export function rewriteSrcset(value, fromFile, site) {
  return value
    .split(',')
    .map((part) => {
      const [url, ...descriptors] = part.trim().split(/\s+/);
      return [relativeUrl(url, fromFile, site), ...descriptors].join(' ');
    })
    .join(', ');
}
