// START-HERE.html: the first page an attendee opens, saying what the folder is
// and that it needs no internet, no server and no install.
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The pages in the book's order: the order the home page first links them
 * (the chapters in reading order, then the playground, the instructors'
 * page, ...), then any page the home page does not link, by title. Links are
 * compared as the export writes them (`chapters/intuition/index.html`,
 * relative to the home page).
 *
 * @template {{ url: string, title: string }} P
 * @param {P[]} pages
 * @param {string} homeHtml the exported index.html
 * @returns {P[]}
 */
export function inBookOrder(pages, homeHtml) {
  const rank = new Map();
  for (const [, href] of homeHtml.matchAll(/<a\b[^>]*\bhref="([^"#?]+)[^"]*"/g)) {
    const url = decodeURI(href.replace(/^\.\//, '').replace(/(^|\/)$/, '$1index.html'));
    if (!rank.has(url)) rank.set(url, rank.size);
  }
  const at = (p) => rank.get(p.url) ?? Number.POSITIVE_INFINITY;
  return [...pages].sort((a, b) => at(a) - at(b) || a.title.localeCompare(b.title));
}

/**
 * @param {{ version: string, pages: { url: string, title: string }[], icon?: string }} options
 *   pages: in the order to list them (inBookOrder)
 *   icon: the home page's <link rel=icon>, so the browser does not ask for /favicon.ico
 * @returns {string} the page
 */
export function startHere({ version, pages, icon = '' }) {
  const list = pages
    .filter((p) => p.url !== 'index.html')
    .map((p) => `<li><a href="${escape(encodeURI(p.url))}">${escape(p.title)}</a></li>`)
    .join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Start here · Downhill offline edition ${escape(version)}</title><meta name="color-scheme" content="light dark">${icon}
<style>body{font:1.1rem/1.55 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}a{color:LinkText}.go{font-size:1.3rem}code{font-size:.95em}</style></head>
<body><main>
<h1>Downhill — offline edition</h1>
<p>An interactive textbook on gradient descent. Version ${escape(version)}.</p>
<p><strong>No internet needed.</strong> Everything — the chapters, the math, every interactive figure and the search — is in this folder
and runs in your browser straight from the disk. No server, no install.</p>
<p class="go"><a href="index.html">Open the book →</a> · <a href="search.html">Search</a></p>
<h2>Contents</h2><ul>${list}</ul>
<h2>If something looks wrong</h2>
<ul><li>Unpack the whole zip first (opening a page from inside the zip viewer breaks its links).</li>
<li>Use a current Chrome, Chromium, Edge or Firefox.</li>
<li>Keep the folder together: pages load their styles, fonts and scripts from <code>_astro/</code> and <code>_offline/</code> next to them.</li></ul>
</main></body></html>
`;
}
