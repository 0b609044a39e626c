// Rewrites one built page for file://: relative URLs, islands keyed to the
// offline bundle, module scripts turned into placeholders the runtime runs, and
// Astro's import()-based island script replaced by the bundle. Edits are spliced
// into the original text at parse5's source offsets, so the rest of the page is
// byte-for-byte what Astro wrote.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'parse5';
import { relativeUrl, resolveLocal, rewriteCss, rewriteSrcset } from './urls.mjs';

/** Attributes holding one URL, on any element. */
const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'formaction', 'xlink:href', 'background']);
/**
 * <link rel> values that make no sense without a server or point at the online
 * site. `preload` (of a font, say) is a CORS fetch, which file:// pages are refused;
 * what it would fetch loads from disk at once without it.
 */
const DROP_LINK_RELS = new Set(['modulepreload', 'preload', 'canonical', 'alternate', 'manifest', 'sitemap', 'preconnect', 'dns-prefetch', 'prefetch']);
/** Astro's inline script defining <astro-island> (it loads components with import()). */
const ISLAND_SCRIPT = /customElements\.define\(\s*["'`]astro-island["'`]/;
/** Island attributes naming modules; the runtime looks them up in the bundle by these keys. */
const ISLAND_MODULE_ATTRS = ['component-url', 'renderer-url', 'before-hydration-url'];

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function* walk(node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
  if (node.content) yield* walk(node.content);
}

const attrName = (a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name);
const getAttr = (node, name) => node.attrs?.find((a) => attrName(a) === name)?.value;

/**
 * @typedef {{ kind: 'file', file: string } | { kind: 'inline', code: string, resolveDir: string }} ModuleSource
 * @typedef {object} PageResult
 * @property {string} html
 * @property {number} islands         <astro-island> elements on the page
 * @property {number} moduleScripts   module scripts turned into placeholders
 * @property {string[]} problems      what the export could not make local
 * @property {string[]} targets       export paths the page's URLs point at (to check they exist)
 */

/**
 * @param {string} html the built page
 * @param {string} file its posix path relative to the export root
 * @param {import('./urls.mjs').Site} site
 * @param {Map<string, ModuleSource>} modules collects what the bundle must contain, by key
 * @returns {PageResult}
 */
export function transformPage(html, file, site, modules) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const problems = [];
  let islands = 0;
  let moduleScripts = 0;
  let islandScripts = 0;
  let head = null;
  let hasIcon = false;

  const targets = [];
  const rel = (url) => {
    const local = resolveLocal(url, file, site);
    if (local) targets.push(local.target);
    return relativeUrl(url, file, site);
  };
  const setAttr = (node, name, value) => {
    const loc = node.sourceCodeLocation.attrs?.[name];
    if (!loc) throw new Error(`${file}: no source location for ${name} on <${node.tagName}>`);
    edits.push({ start: loc.startOffset, end: loc.endOffset, text: `${name}="${escapeAttr(value)}"` });
  };
  const replaceNode = (node, text) => {
    const loc = node.sourceCodeLocation;
    edits.push({ start: loc.startOffset, end: loc.endOffset, text });
  };
  /** The dist-relative path of a module URL: the key the bundle knows it by. */
  const moduleKey = (url) => {
    const local = resolveLocal(url, file, site);
    if (!local) throw new Error(`${file}: module ${url} is not part of the site`);
    modules.set(local.target, { kind: 'file', file: local.target });
    return local.target;
  };

  for (const node of walk(doc)) {
    if (!node.tagName) continue;
    const tag = node.tagName;
    if (tag === 'head') head = node;
    if (tag === 'html' && node.sourceCodeLocation?.startTag) {
      // Marks the page as the offline edition, for scripts that behave differently there (e.g. search).
      const at = node.sourceCodeLocation.startTag.endOffset - 1;
      edits.push({ start: at, end: at, text: ' data-offline-edition' });
    }

    if (tag === 'astro-island') {
      islands++;
      for (const name of ISLAND_MODULE_ATTRS) {
        const url = getAttr(node, name);
        if (url) setAttr(node, name, moduleKey(url));
      }
      continue;
    }

    if (tag === 'script') {
      const type = (getAttr(node, 'type') ?? '').trim().toLowerCase();
      const src = getAttr(node, 'src');
      const text = node.childNodes?.[0]?.value ?? '';
      if (type === 'module') {
        moduleScripts++;
        let key;
        if (src) key = moduleKey(src);
        else {
          key = 'inline:' + createHash('sha256').update(text).digest('hex').slice(0, 16);
          modules.set(key, { kind: 'inline', code: text, resolveDir: path.posix.dirname(file) });
        }
        replaceNode(node, `<script type="text/x-downhill-module" data-downhill-module="${escapeAttr(key)}"></script>`);
        continue;
      }
      if (!src && ISLAND_SCRIPT.test(text)) {
        islandScripts++;
        replaceNode(node, '');
        continue;
      }
    }

    if (tag === 'link') {
      const rels = (getAttr(node, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.includes('icon')) hasIcon = true;
      if (rels.some((r) => DROP_LINK_RELS.has(r))) {
        replaceNode(node, '');
        continue;
      }
    }

    if (tag === 'style') {
      const textNode = node.childNodes?.[0];
      if (textNode?.sourceCodeLocation) {
        const css = rewriteCss(textNode.value, file, site);
        if (css !== textNode.value) edits.push({ start: textNode.sourceCodeLocation.startOffset, end: textNode.sourceCodeLocation.endOffset, text: css });
      }
    }

    for (const a of node.attrs ?? []) {
      const name = attrName(a);
      let value = a.value;
      if (URL_ATTRS.has(name) || (name === 'data' && tag === 'object')) value = rel(a.value);
      else if (name === 'srcset' || name === 'imagesrcset') value = rewriteSrcset(a.value, file, site);
      else if (name === 'style') value = rewriteCss(a.value, file, site);
      else if (name === 'content' && tag === 'meta' && site.origin && a.value.startsWith(site.origin)) value = rel(a.value);
      if (value === a.value) continue;
      setAttr(node, name, value);
      if (tag !== 'a' && /^(?:https?:)?\/\//i.test(value)) problems.push(`${file}: <${tag} ${name}="${value}"> loads from another origin`);
    }
  }

  if (islands > 0 && islandScripts === 0) {
    // Astro writes the island script once per page, before the first island.
    problems.push(`${file}: ${islands} island(s) but no Astro island script found; has Astro's island markup changed?`);
  }

  // Without an icon link, a browser asks the server for /favicon.ico, outside the book.
  if (!hasIcon && site.icon) {
    const at = head?.sourceCodeLocation?.endTag?.startOffset;
    if (at !== undefined) edits.push({ start: at, end: at, text: `<link rel="icon" href="${escapeAttr(path.posix.relative(path.posix.dirname(file), site.icon))}">` });
  }

  // The bundle: a classic, deferred script, so it runs after parsing like modules do.
  const bundleUrl = path.posix.relative(path.posix.dirname(file), '_offline/downhill.js');
  const tag = `<script defer src="${bundleUrl}"></script>`;
  const at = head?.sourceCodeLocation?.endTag?.startOffset;
  if (at !== undefined) edits.push({ start: at, end: at, text: tag });
  else problems.push(`${file}: no </head> to put the offline script in`);

  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { html: out, islands, moduleScripts, problems, targets };
}
