// Offline search. Pagefind cannot run from file:// (it loads code with import()
// and its index with fetch), so the export writes its own small index as a
// classic script (_offline/search-index.js), a search page (search.html) that
// reads it, and a search box in every page's header that submits to that page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { excluded } from '../search-exclude.mjs';

/** Pages not worth finding: widget embeds, dev harnesses, the 404 page. */
const SKIP_PAGE = /^(?:embed|dev)\/|^404\.html$/;
/** Elements whose text is not prose: scripts, styles, and KaTeX (its HTML and MathML copies repeat each formula). */
const SKIP_TAGS = new Set(['script', 'style', 'template', 'svg', 'math', 'noscript', 'button', 'astro-island', 'nav']);
const isMath = (node) => node.attrs?.some((a) => a.name === 'class' && /(?:^|\s)katex(?:-display)?(?:\s|$)/.test(a.value));
const attr = (node, name) => node.attrs?.find((a) => a.name === name)?.value;

function find(node, pred) {
  if (pred(node)) return node;
  for (const child of node.childNodes ?? []) {
    const hit = find(child, pred);
    if (hit) return hit;
  }
  return null;
}

/** Elements inside a line of text; every other element ends a word ("Worked solution" + "The" is not "solutionThe"). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/** The words of a node, less what the online index leaves out too (../search-exclude.mjs). */
function text(node, inFigure = false) {
  if (node.nodeName === '#text') return node.value;
  if (SKIP_TAGS.has(node.tagName) || isMath(node) || excluded(node, inFigure)) return ' ';
  const within = inFigure || node.tagName === 'figure';
  const inner = (node.childNodes ?? []).map((c) => text(c, within)).join('');
  return node.tagName && !INLINE.has(node.tagName) ? ` ${inner} ` : inner;
}
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * One record per section (text under an h2/h3 with an id) of every page's <main>.
 * @returns {{ url: string, page: string, heading: string, text: string }[]}
 */
export function indexPage(html, file) {
  const doc = parse(html);
  const main = find(doc, (n) => n.tagName === 'main');
  if (!main) return [];
  const title = squash(text(find(main, (n) => n.tagName === 'h1') ?? find(doc, (n) => n.tagName === 'title') ?? { nodeName: '#text', value: file }));
  const records = [];
  let current = { url: file, page: title, heading: '', text: '' };
  const visit = (node, inFigure = false) => {
    if (/^h[23]$/.test(node.tagName ?? '') && attr(node, 'id')) {
      records.push(current);
      current = { url: `${file}#${attr(node, 'id')}`, page: title, heading: squash(text(node)), text: '' };
      return;
    }
    if (node.nodeName === '#text' || SKIP_TAGS.has(node.tagName) || isMath(node) || excluded(node, inFigure) || /^(?:p|li|h[1-6]|figcaption|dt|dd|td|th|blockquote)$/.test(node.tagName ?? '')) {
      current.text += text(node, inFigure);
      return;
    }
    const block = node.tagName && !INLINE.has(node.tagName);
    if (block) current.text += ' ';
    for (const child of node.childNodes ?? []) visit(child, inFigure || node.tagName === 'figure');
    if (block) current.text += ' ';
  };
  visit(main);
  records.push(current);
  return records.map((r) => ({ ...r, text: squash(r.text) })).filter((r) => r.text || r.heading);
}

/**
 * Writes the index and search.html, and puts a search box in every page's header.
 * @param {{ root: string, pages: string[], title: string }} options pages: posix paths relative to root
 * @returns {{ bytes: number, pages: { url: string, title: string }[] }}
 */
export function buildSearch({ root, pages, title }) {
  const records = [];
  const indexed = [];
  for (const file of pages) {
    if (SKIP_PAGE.test(file)) continue;
    const found = indexPage(readFileSync(path.join(root, file), 'utf8'), file);
    if (!found.length) continue;
    records.push(...found);
    indexed.push({ url: file, title: found[0].page });
  }
  const index = `self.__downhillSearchIndex=${JSON.stringify(records).replace(/</g, '\\u003c')};\n`;
  writeFileSync(path.join(root, '_offline', 'search-index.js'), index);

  for (const file of pages) {
    const abs = path.join(root, file);
    writeFileSync(abs, addSearchBox(readFileSync(abs, 'utf8'), file));
  }

  const home = readFileSync(path.join(root, 'index.html'), 'utf8');
  const styles = [...home.matchAll(/<link rel="(?:stylesheet|icon)"[^>]*>/g)].map((m) => m[0]).join('');
  writeFileSync(path.join(root, 'search.html'), searchPage(title, styles));
  return { bytes: Buffer.byteLength(index), pages: indexed.sort((a, b) => a.url.localeCompare(b.url)) };
}

/** The header search box: a plain GET form, which works from file:// (search.html?q=...). */
function addSearchBox(html, file) {
  const action = path.posix.relative(path.posix.dirname(file), 'search.html');
  const box =
    '<style>.downhill-offline-search{display:flex;align-items:center;margin:0;min-width:0}' +
    '.downhill-offline-search input{font:inherit;width:10rem;padding:.3rem .5rem;border:1px solid currentColor;border-radius:.3rem;background:transparent;color:inherit}' +
    '.downhill-offline-search a{display:none;width:2.5rem;height:2.5rem;align-items:center;justify-content:center;color:inherit}' +
    '.downhill-offline-search .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}' +
    '@media (max-width:560px){.downhill-offline-search input{display:none}.downhill-offline-search a{display:inline-flex}}</style>' +
    `<form class="downhill-offline-search" role="search" action="${action}">` +
    '<label class="vh" for="downhill-offline-q">Search the book</label>' +
    '<input id="downhill-offline-q" name="q" type="search" placeholder="Search">' +
    `<a href="${action}" aria-label="Search the book"><svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2"></circle><path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"></path></svg></a>` +
    '</form>';
  // Put it where the layout asks (an element with data-offline-search), else at the end of the header bar.
  const hook = /<[a-z-]+[^>]*\sdata-offline-search(?:=""|(?=[\s>]))[^>]*>/.exec(html);
  if (hook) return html.slice(0, hook.index + hook[0].length) + box + html.slice(hook.index + hook[0].length);
  const bar = /<header[^>]*>\s*<div[^>]*>/.exec(html);
  if (!bar) return html;
  // The bar's closing tag: the first </div></header>.
  const end = html.indexOf('</div></header>', bar.index);
  return end < 0 ? html : html.slice(0, end) + box + html.slice(end);
}

function searchPage(title, styles) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search · ${title}</title><meta name="color-scheme" content="light dark">${styles}
<style>.search-page{max-width:44rem;margin:2rem auto;padding:0 1rem}.search-page input{font:inherit;width:100%;padding:.5rem;border:1px solid currentColor;border-radius:.3rem;background:transparent;color:inherit}
.search-page ol{padding:0;list-style:none}.search-page li{margin:1.2rem 0}.search-page mark{padding:0 .1em}.search-page .where{font-size:.85em;opacity:.75}</style>
<script>try{var t=localStorage.getItem('downhill-theme');document.documentElement.setAttribute('data-theme',t||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'))}catch(e){}</script>
<script src="_offline/search-index.js"></script></head>
<body><main id="main" class="search-page"><p><a href="index.html">← ${title}</a></p><h1>Search</h1>
<form role="search" action="search.html"><label for="q">Search the book</label> <input id="q" name="q" type="search" autofocus></form>
<p id="status" role="status"></p><ol id="results"></ol></main>
<script>
(function () {
  var index = self.__downhillSearchIndex || [];
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('status');
  var fold = function (s) { return s.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, ''); };
  var folded = index.map(function (r) { return { h: fold(r.page + ' ' + r.heading), t: fold(r.text) }; });
  function snippet(text, terms) {
    var f = fold(text), at = -1;
    terms.forEach(function (t) { var i = f.indexOf(t); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 80), s = text.slice(start, start + 240);
    return (start > 0 ? '… ' : '') + s + (start + 240 < text.length ? ' …' : '');
  }
  function mark(el, text, terms) {
    var f = fold(text), pos = 0, re = new RegExp(terms.map(function (t) { return t.replace(/[.*+?^$()|[\\]\\\\{}]/g, '\\\\$&'); }).join('|'), 'g'), m;
    while ((m = re.exec(f))) {
      if (m.index > pos) el.appendChild(document.createTextNode(text.slice(pos, m.index)));
      var k = document.createElement('mark'); k.textContent = text.slice(m.index, m.index + m[0].length); el.appendChild(k);
      pos = m.index + m[0].length; if (!m[0].length) re.lastIndex++;
    }
    el.appendChild(document.createTextNode(text.slice(pos)));
  }
  function run(q) {
    var terms = fold(q).split(/\\s+/).filter(Boolean);
    list.textContent = '';
    if (!terms.length) { status.textContent = index.length ? '' : 'The search index is missing.'; return; }
    var hits = [];
    folded.forEach(function (f, i) {
      var score = 0;
      for (var j = 0; j < terms.length; j++) {
        var inH = f.h.split(terms[j]).length - 1, inT = f.t.split(terms[j]).length - 1;
        if (!inH && !inT) return;
        score += 5 * inH + inT;
      }
      hits.push({ r: index[i], score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    status.textContent = hits.length ? hits.length + (hits.length === 1 ? ' result' : ' results') + ' for “' + q + '”' : 'No results for “' + q + '”';
    hits.slice(0, 50).forEach(function (h) {
      var li = document.createElement('li'), a = document.createElement('a'), where = document.createElement('div'), p = document.createElement('p');
      a.href = h.r.url; a.textContent = h.r.heading || h.r.page;
      where.className = 'where'; where.textContent = h.r.page;
      mark(p, snippet(h.r.text, terms), terms);
      li.append(a); if (h.r.heading) li.append(where); li.append(p); list.appendChild(li);
    });
  }
  var q = new URLSearchParams(location.search).get('q') || '';
  input.value = q; run(q);
  input.addEventListener('input', function () { run(input.value); });
})();
</script></body></html>
`;
}
