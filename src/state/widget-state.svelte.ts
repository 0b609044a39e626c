/**
 * The state of one figure: its parameter values as runes, read from and written
 * to the URL through the one codec (`codec.ts`), with the embed options (hidden
 * and locked controls) and whatever the URL held that could not be used.
 *
 * Links are self-contained: a chapter figure's link encodes what differs from the
 * figure's initial state under its figure id (`?race.lr=0.02#race`); an embed link
 * encodes what differs from the schema's defaults, unprefixed, because the embed
 * page starts from those.
 *
 *   const s = new WidgetState({ schema, widget: 'race', id: 'race', initial: { lr: 0.05 } });
 *   $effect(() => s.connect());   // read the URL once, write it back when interactions settle
 *   s.set('lr', 0.1);
 */
import { untrack } from 'svelte';
import { checkValue, defaultsOf, namesOf, type ParamSpec, type Schema, type Values } from './schema';
import { SET_EVENT } from './bus';
import { decode, decodeControls, encode, queryString, writeParams, type Controls, type Ignored } from './codec';

export interface WidgetStateOptions<S extends Schema> {
  readonly schema: S;
  /** The registry id of the widget (`embed/<widget>/`). */
  readonly widget: string;
  /** The figure id on its page: the URL prefix and the anchor. Empty in embeds. */
  readonly id: string;
  /** Values the chapter chose for this figure, over the schema's defaults. */
  readonly initial?: Partial<Values<S>> | undefined;
  readonly embed?: boolean;
  /** Keep the state in memory only: never read or write the page URL (builders, previews). */
  readonly detached?: boolean;
}

/** How long after the last change the URL is written (an interaction has "settled"). */
export const SETTLE_MS = 350;

/**
 * Runs `run` once changes have been quiet for `ms`: call `poke()` on every
 * change. One timer per burst of changes, re-armed when it fires early, not one
 * per poke: a drag pokes on every move, and clearing and setting a timer each
 * time costs more than noting the time. Used for the URL write and a figure's
 * print settings.
 */
export class Settler {
  readonly #ms: number;
  readonly #run: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = 0;

  constructor(ms: number, run: () => void) {
    this.#ms = ms;
    this.#run = run;
  }

  /** A change now: run `ms` after the last one, or after `delay` if this starts a burst sooner. */
  poke(delay = this.#ms): void {
    this.#last = Date.now() - (this.#ms - delay);
    if (this.#timer === undefined) this.#arm(delay);
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(ms: number): void {
    this.#timer = setTimeout(() => {
      const wait = this.#last + this.#ms - Date.now();
      if (wait > 0) return this.#arm(wait);
      this.#timer = undefined;
      this.#run();
    }, ms);
  }
}

export class WidgetState<S extends Schema> {
  readonly schema: S;
  readonly widget: string;
  readonly id: string;
  readonly embed: boolean;
  readonly detached: boolean;
  /** The starting values: schema defaults overridden by the chapter's choices. */
  readonly initial: Values<S>;
  /** The schema as seen by this figure: defaults replaced by `initial`. */
  readonly local: S;

  values: Values<S> = $state() as Values<S>;
  ignored: Ignored[] = $state.raw([]);
  controls: Controls = $state.raw({ hide: [], lock: [] });

  readonly #urlWrite = new Settler(SETTLE_MS, () => this.writeUrl());
  #written = '';

  constructor(opts: WidgetStateOptions<S>) {
    this.schema = opts.schema;
    this.widget = opts.widget;
    this.id = opts.id;
    this.embed = opts.embed ?? false;
    this.detached = opts.detached ?? false;
    const defaults = defaultsOf(opts.schema) as Record<string, unknown>;
    const given = (opts.initial ?? {}) as Record<string, unknown>;
    const start: Record<string, unknown> = {};
    const local: Record<string, ParamSpec> = {};
    for (const name of namesOf(opts.schema)) {
      const spec = opts.schema[name] as ParamSpec;
      const r = Object.prototype.hasOwnProperty.call(given, name) ? checkValue(spec, given[name]) : null;
      start[name] = r?.ok ? r.value : defaults[name];
      local[name] = { ...spec, default: start[name] } as ParamSpec;
    }
    this.initial = start as Values<S>;
    this.local = local as unknown as S;
    this.values = { ...this.initial };
  }

  /** The URL prefix: the figure id on chapter pages, none in embeds. */
  get prefix(): string | undefined {
    return this.embed ? undefined : this.id;
  }

  /** The schema the URL is read and written against. */
  get #urlSchema(): S {
    return this.embed ? this.schema : this.local;
  }

  /** Read state from a query string (`location.search`). Anything unusable is listed in `ignored`. */
  load(search: string): void {
    const params = new URLSearchParams(search);
    const { values, ignored } = decode(this.#urlSchema, params, this.prefix);
    const ctl = decodeControls(this.schema, params, this.prefix);
    this.values = values;
    this.controls = { hide: ctl.hide, lock: ctl.lock };
    this.ignored = [...ignored, ...ctl.ignored];
    this.#written = search.replace(/^\?/, '');
  }

  /**
   * Connect to the page: read the URL now; return a cleanup. Call from an
   * `$effect` so it runs in the browser only.
   */
  connect(): () => void {
    // Untracked: the effect that calls this must not depend on the values it loads.
    return untrack(() => this.#connect());
  }

  #connect(): () => void {
    this.load(location.search);
    // An exercise on the page may set the figure into its state ("predict, then run"): a
    // `downhill:set` event names the figure and the values, checked like any other input.
    const onSet = (e: Event): void => {
      const { figure, values } = ((e as CustomEvent).detail ?? {}) as { figure?: unknown; values?: unknown };
      if (figure !== this.id || typeof values !== 'object' || values === null) return;
      for (const name of namesOf(this.schema)) {
        if (Object.prototype.hasOwnProperty.call(values, name)) this.set(name, (values as Record<string, unknown>)[name] as never);
      }
    };
    window.addEventListener(SET_EVENT, onSet);
    if (!this.embed || window.parent === window)
      return () => {
        this.#urlWrite.cancel();
        window.removeEventListener(SET_EVENT, onSet);
      };
    // Embeds talk to their host page (docs/embedding.md): the host may set or read the state.
    const onMessage = (e: MessageEvent): void => {
      const msg: unknown = e.data;
      if (typeof msg !== 'object' || msg === null || (msg as { target?: unknown }).target !== 'downhill') return;
      const { type, values } = msg as { type?: unknown; values?: unknown };
      if (type === 'set' && typeof values === 'object' && values !== null) {
        for (const name of namesOf(this.schema)) {
          if (Object.prototype.hasOwnProperty.call(values, name)) this.set(name, (values as Record<string, unknown>)[name] as never);
        }
      }
      if (type === 'set') {
        // One answer per message: write the URL now (which tells the host),
        // rather than answer here and again when the settled write follows.
        this.#urlWrite.cancel();
        if (!this.writeUrl()) this.#post();
      } else if (type === 'get') this.#post();
    };
    window.addEventListener('message', onMessage);
    this.#post('ready');
    return () => {
      this.#urlWrite.cancel();
      window.removeEventListener('message', onMessage);
      window.removeEventListener(SET_EVENT, onSet);
    };
  }

  /** Tell the host page (if embedded) what the state is now. Values are plain JSON. */
  #post(type: 'ready' | 'state' = 'state'): void {
    if (!this.embed || window.parent === window) return;
    const values = JSON.parse(JSON.stringify(this.values)) as unknown;
    window.parent.postMessage({ source: 'downhill', type, widget: this.widget, values, query: this.query() }, '*');
  }

  /** Set one value (validated and clamped by the schema), and write the URL once things settle. */
  set<K extends keyof S & string>(name: K, value: Values<S>[K]): void {
    const spec = this.schema[name] as ParamSpec;
    const r = checkValue(spec, value);
    if (!r.ok) return;
    if (this.controls.lock.includes(name)) return;
    (this.values as Record<string, unknown>)[name] = r.value;
    this.settle();
  }

  /** Back to the figure's initial state. */
  reset(): void {
    this.values = { ...this.initial };
    this.ignored = [];
    this.settle();
  }

  /** Whether a control is visible (embeds may hide some). */
  shows(name: string): boolean {
    return !this.controls.hide.includes(name);
  }

  /** Whether a control is locked (shown, not editable). */
  locks(name: string): boolean {
    return this.controls.lock.includes(name);
  }

  /** Schedule the URL write SETTLE_MS after the last call (see `Settler`). */
  settle(): void {
    if (typeof window === 'undefined' || this.detached) return;
    this.#urlWrite.poke();
  }

  /**
   * Write this figure's state into the page URL now, keeping other figures'
   * keys and the hash, and tell the host page (if embedded). False when the
   * URL already said so (nothing written, nothing told).
   */
  writeUrl(): boolean {
    const params = writeParams(this.#urlSchema, this.values, new URLSearchParams(location.search), this.prefix, this.embed ? this.controls : undefined);
    const q = queryString(params);
    if (q === this.#written) return false;
    this.#written = q;
    history.replaceState(history.state, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
    this.#post();
    return true;
  }

  /** This figure's query, relative to its own page. */
  query(): string {
    return queryString(new URLSearchParams(encode(this.#urlSchema, this.values, this.prefix)));
  }

  /** A link to this figure in this exact state on its page (scrolled to it). Works from file:// too. */
  link(): string {
    const q = this.query();
    const page = location.href.replace(/[?#].*$/, '');
    return `${page}${q ? `?${q}` : ''}${this.embed ? '' : `#${this.id}`}`;
  }

  /** The chrome-free embed URL for this state, with optional hidden controls. */
  embedUrl(base: string, hide: readonly string[] = this.controls.hide): string {
    const params = new URLSearchParams(encode(this.schema, this.values));
    if (hide.length) params.set('hide', hide.join(','));
    const q = queryString(params);
    const path = `${base}embed/${this.widget}/${q ? `?${q}` : ''}`;
    // On file:// (the offline edition) there is no origin to prefix: give the path.
    return location.protocol === 'file:' ? path : `${location.origin}${path}`;
  }
}
