/**
 * Live formulas without shipping KaTeX to the browser.
 *
 * A `.tex` file holds named formulas, each introduced by a line `%% name`. Inside
 * a formula, `\slot{key}` marks a number that changes with the widget's state:
 *
 *   %% step
 *   w_{\slot{t1}} = \slot{w} - \slot{lr} \cdot \slot{g}
 *
 * At build time this plugin typesets each formula once with KaTeX and cuts the
 * HTML at the slots, so `import gd from '~/formulas/gd.tex'` gives
 * `gd.step = { parts: string[], slots: string[] }` (parts.length = slots.length + 1).
 * The LiveFormula component joins the parts with the current numbers; the page
 * never loads KaTeX's ~75 KB runtime. A formula KaTeX cannot parse fails the build.
 */
import { readFileSync } from 'node:fs';
import katex from 'katex';

const SLOT = /\\slot\{([A-Za-z][\w-]*)\}/g;

/** Typeset one formula and split it at its slots. */
export function compileFormula(tex, { displayMode = true, where = 'formula' } = {}) {
  /** @type {string[]} */
  const slots = [];
  const marked = tex.replace(SLOT, (_, key) => {
    slots.push(key);
    return `\\htmlClass{dhslot-${slots.length - 1}}{0}`;
  });
  let html;
  try {
    html = katex.renderToString(marked, {
      displayMode,
      output: 'html',
      throwOnError: true,
      strict: (code) => (code === 'htmlExtension' ? 'ignore' : 'error'),
      trust: (ctx) => ctx.command === '\\htmlClass',
    });
  } catch (err) {
    throw new Error(`KaTeX could not render ${where}: ${err.message}`, { cause: err });
  }
  // Each slot was typeset as the digit 0 inside its own span; cut the HTML just
  // around that digit, so the number inherits KaTeX's font and size classes.
  // KaTeX does not emit the slots in TeX order (a fraction's denominator comes
  // first), so the cuts are made in document order and the names follow them.
  const cuts = slots.map((key, i) => {
    const m = new RegExp(`<span class="enclosing dhslot-${i}(?: [^"]*)?"><span class="[^"]*">0</span>`).exec(html);
    if (!m) throw new Error(`slot ${key} lost in ${where}`);
    return { key, at: m.index + m[0].indexOf('>0<') + 1 };
  });
  cuts.sort((a, b) => a.at - b.at);
  const parts = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(html.slice(from, c.at));
    from = c.at + 1;
  }
  parts.push(html.slice(from));
  const ordered = cuts.map((c) => c.key);
  return { parts: parts.map((p) => p.replace(/dhslot-\d+/g, 'dh-slot')), slots: ordered };
}

/**
 * Parse a `.tex` file of `%% name` sections.
 * @param {string} source
 * @param {string} [file]
 * @returns {Record<string, { parts: string[], slots: string[] }>}
 */
export function compileFormulaFile(source, file = 'formulas.tex') {
  /** @type {Record<string, { parts: string[], slots: string[] }>} */
  const out = {};
  let name = null;
  let buf = [];
  const flush = () => {
    if (name) out[name] = compileFormula(buf.join('\n').trim(), { where: `${file} (${name})` });
  };
  for (const line of source.split('\n')) {
    const m = /^%%\s*([A-Za-z][\w]*)\s*$/.exec(line);
    if (m) {
      flush();
      name = m[1];
      buf = [];
    } else if (!/^\s*%/.test(line)) buf.push(line);
  }
  flush();
  return out;
}

export default function katexFormulas() {
  return {
    name: 'downhill:katex-formulas',
    enforce: 'pre',
    load(id) {
      const [path] = id.split('?');
      if (!path.endsWith('.tex')) return null;
      const compiled = compileFormulaFile(readFileSync(path, 'utf8'), path);
      return `export default ${JSON.stringify(compiled)};`;
    },
  };
}
