// The offline edition's browser runtime. esbuild bundles it, with every island
// component, renderer and page module of the build, into one classic script
// (`_offline/downhill.js`), because Chromium refuses module scripts, import()
// and fetch from file://. It does what Astro's own <astro-island> element does
// (astro/dist/runtime/server/astro-island.js, Astro 7.3), except that modules come
// from the bundle's map instead of import(). Keep the two in step when Astro moves.

const FORBIDDEN_EXPORT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Astro's prop serialization: every value is a [type, value] pair (astro/dist/runtime/server/serialize.js). */
const propTypes = {
  0: (value) => reviveObject(value),
  1: (value) => reviveArray(value),
  2: (value) => new RegExp(value),
  3: (value) => new Date(value),
  4: (value) => new Map(reviveArray(value)),
  5: (value) => new Set(reviveArray(value)),
  6: (value) => BigInt(value),
  7: (value) => new URL(value),
  8: (value) => new Uint8Array(value),
  9: (value) => new Uint16Array(value),
  10: (value) => new Uint32Array(value),
  11: (value) => Number.POSITIVE_INFINITY * value,
};
const reviveTuple = ([type, value]) => (type in propTypes ? propTypes[type](value) : undefined);
const reviveArray = (raw) => raw.map(reviveTuple);
function reviveObject(raw) {
  if (typeof raw !== 'object' || raw === null) return raw;
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, reviveTuple(value)]));
}

/** The hydration directives Astro ships (astro/dist/runtime/client/*.js), used when the page has not defined them. */
const builtinDirectives = {
  load: async (load) => {
    await (await load())();
  },
  only: async (load) => {
    await (await load())();
  },
  idle: (load, options) => {
    const cb = async () => (await load())();
    const timeout = typeof options.value === 'object' ? options.value?.timeout : undefined;
    if ('requestIdleCallback' in window) window.requestIdleCallback(cb, timeout ? { timeout } : undefined);
    else setTimeout(cb, timeout ?? 200);
  },
  media: (load, options) => {
    const cb = async () => (await load())();
    if (!options.value) return;
    const mql = matchMedia(options.value);
    if (mql.matches) cb();
    else mql.addEventListener('change', cb, { once: true });
  },
  visible: (load, options, el) => {
    const rootMargin = typeof options.value === 'object' ? options.value?.rootMargin : undefined;
    const io = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        io.disconnect();
        load().then((hydrate) => hydrate());
      },
      { rootMargin },
    );
    for (const child of el.children) io.observe(child);
  },
};

function directive(name) {
  const astro = /** @type {any} */ (self).Astro;
  return astro?.[name] ?? builtinDirectives[name];
}

/**
 * Starts the offline runtime.
 * @param {{ modules: Record<string, () => Promise<any>>, base: string, origin?: string }} bundle
 *   modules: island components, renderers and page scripts by their key (dist-relative path or inline id);
 *   base: the build's base path; origin: the site's own origin (astro.config `site`).
 */
export function start({ modules, base, origin }) {
  const script = document.currentScript;
  // This file lives at <root>/_offline/downhill.js: the export's root is one level up.
  const root = script instanceof HTMLScriptElement ? new URL('../', script.src).href : new URL('./', location.href).href;
  /** @type {any} */ (self).__downhillRoot = root;

  const load = (key) => {
    const factory = modules[key];
    if (!factory) return Promise.reject(new Error(`Offline edition: nothing bundled for ${key}`));
    return factory();
  };

  fixRootUrls(root, base, origin);
  defineIsland(load);
  runModuleScripts(load);
}

function defineIsland(load) {
  if (customElements.get('astro-island')) {
    console.error('Offline edition: <astro-island> was already defined; islands will not hydrate offline.');
    return;
  }

  class OfflineIsland extends HTMLElement {
    Component;
    hydrator;

    static observedAttributes = ['props'];

    disconnectedCallback() {
      document.removeEventListener('astro:after-swap', this.unmount);
      document.addEventListener('astro:after-swap', this.unmount, { once: true });
    }

    connectedCallback() {
      if (!this.hasAttribute('await-children') || document.readyState !== 'loading') {
        this.childrenConnected();
        return;
      }
      const onConnected = () => {
        document.removeEventListener('DOMContentLoaded', onConnected);
        mo.disconnect();
        this.childrenConnected();
      };
      const mo = new MutationObserver(() => {
        if (this.lastChild?.nodeType === Node.COMMENT_NODE && this.lastChild.nodeValue === 'astro:end') {
          this.lastChild.remove();
          onConnected();
        }
      });
      mo.observe(this, { childList: true });
      document.addEventListener('DOMContentLoaded', onConnected);
    }

    async childrenConnected() {
      const before = this.getAttribute('before-hydration-url');
      if (before) await load(before);
      this.start();
    }

    fail(error) {
      const componentUrl = this.getAttribute('component-url');
      const event = new CustomEvent('astro:hydration-error', { cancelable: true, bubbles: true, composed: true, detail: { error, componentUrl } });
      if (this.dispatchEvent(event)) console.error(`[astro-island] Error hydrating ${componentUrl}`, error);
    }

    async start() {
      const opts = JSON.parse(this.getAttribute('opts') ?? '{}');
      const name = this.getAttribute('client');
      const run = directive(name);
      if (!run) {
        window.addEventListener(`astro:${name}`, () => this.start(), { once: true });
        return;
      }
      try {
        await run(
          async () => {
            const rendererUrl = this.getAttribute('renderer-url');
            try {
              const [componentModule, renderer] = await Promise.all([
                load(this.getAttribute('component-url')),
                rendererUrl ? load(rendererUrl) : Promise.resolve({ default: () => () => {} }),
              ]);
              this.Component = pickExport(componentModule, this.getAttribute('component-export') || 'default');
              this.hydrator = renderer.default;
              return this.hydrate;
            } catch (error) {
              this.fail(error);
              return () => {};
            }
          },
          opts,
          this,
        );
      } catch (error) {
        this.fail(error);
      }
    }

    hydrate = async () => {
      if (!this.hydrator || !this.isConnected) return;
      const parentSsrIsland = this.parentElement?.closest('astro-island[ssr]');
      if (parentSsrIsland) {
        parentSsrIsland.addEventListener('astro:hydrate', this.hydrate, { once: true });
        return;
      }
      const slots = {};
      for (const template of this.querySelectorAll('template[data-astro-template]')) {
        if (!template.closest(this.tagName)?.isSameNode(this)) continue;
        slots[template.getAttribute('data-astro-template') || 'default'] = template.innerHTML;
        template.remove();
      }
      for (const slot of this.querySelectorAll('astro-slot')) {
        if (!slot.closest(this.tagName)?.isSameNode(this)) continue;
        slots[slot.getAttribute('name') || 'default'] = slot.innerHTML;
      }
      const props = this.hasAttribute('props') ? reviveObject(JSON.parse(this.getAttribute('props'))) : {};
      await this.hydrator(this)(this.Component, props, slots, { client: this.getAttribute('client') });
      this.removeAttribute('ssr');
      this.dispatchEvent(new CustomEvent('astro:hydrate'));
    };

    attributeChangedCallback() {
      this.hydrate();
    }

    unmount = () => {
      if (!this.isConnected) this.dispatchEvent(new CustomEvent('astro:unmount'));
    };
  }

  customElements.define('astro-island', OfflineIsland);
}

function pickExport(module, path) {
  if (!path.includes('.')) {
    if (FORBIDDEN_EXPORT_KEYS.has(path)) throw new Error(`Invalid component export path: ${path}`);
    return module[path];
  }
  let value = module;
  for (const part of path.split('.')) {
    if (FORBIDDEN_EXPORT_KEYS.has(part) || value == null || !Object.hasOwn(value, part)) throw new Error(`Invalid component export path: ${path}`);
    value = value[part];
  }
  return value;
}

/**
 * The page's module scripts were replaced by <script type="text/x-downhill-module">
 * placeholders; run them in document order, each once, as the browser runs modules.
 */
async function runModuleScripts(load) {
  for (const el of document.querySelectorAll('script[data-downhill-module]')) {
    try {
      await load(el.getAttribute('data-downhill-module'));
    } catch (error) {
      console.error(error);
    }
  }
}

/**
 * URLs written at run time (a widget's embed iframe or link, built from the
 * build's base URL) are root-absolute; from file:// they would point at the
 * disk's root. Rewrite them as they are set: property setters and setAttribute
 * for src/href, on activation for links, folders to their index.html.
 */
function fixRootUrls(root, base, siteOrigin) {
  const localize = (value) => {
    let url = String(value);
    if (url.startsWith(root)) return value;
    // Code written for the web glues origin + path: the site's own origin, the
    // server's, or on file:// the string "null" (location.origin there).
    for (const origin of [siteOrigin, location.origin === 'null' ? 'null' : location.origin]) {
      if (origin && url.startsWith(origin + '/')) {
        url = url.slice(origin.length);
        break;
      }
    }
    if (!url.startsWith('/') || url.startsWith('//')) return value;
    const match = /^([^?#]*)(.*)$/.exec(url);
    let path = match[1];
    if (path.startsWith(base)) path = path.slice(base.length);
    else if (path + '/' === base) path = '';
    else path = path.replace(/^\/+/, '');
    if (path === '' || path.endsWith('/')) path += 'index.html';
    else if (!/\.[a-z0-9]+$/i.test(path)) path += '/index.html';
    return new URL(path + match[2], root).href;
  };

  const URL_ATTRS = new Set(['src', 'href', 'xlink:href', 'poster', 'action']);
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    return setAttribute.call(this, name, URL_ATTRS.has(String(name).toLowerCase()) ? localize(value) : value);
  };
  const setAttributeNS = Element.prototype.setAttributeNS;
  Element.prototype.setAttributeNS = function (ns, name, value) {
    return setAttributeNS.call(this, ns, name, URL_ATTRS.has(String(name).toLowerCase()) ? localize(value) : value);
  };
  const props = [
    [HTMLAnchorElement, 'href'],
    [HTMLAreaElement, 'href'],
    [HTMLLinkElement, 'href'],
    [HTMLIFrameElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLSourceElement, 'src'],
    [HTMLMediaElement, 'src'],
    [HTMLScriptElement, 'src'],
    [HTMLEmbedElement, 'src'],
    [HTMLFormElement, 'action'],
  ];
  for (const [type, prop] of props) {
    const desc = Object.getOwnPropertyDescriptor(type.prototype, prop);
    if (!desc?.set) continue;
    Object.defineProperty(type.prototype, prop, {
      ...desc,
      set(value) {
        desc.set.call(this, localize(value));
      },
    });
  }

  // Links already in the page with a root-absolute href (e.g. set by innerHTML): fix on activation.
  const fix = (event) => {
    const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const href = a?.getAttribute('href');
    if (href && href.startsWith('/') && !href.startsWith('//')) a.setAttribute('href', href);
  };
  document.addEventListener('click', fix, true);
  document.addEventListener('auxclick', fix, true);
}
