/**
 * The `client:figure` hydration directive: a figure in a chapter hydrates when
 * it scrolls into view (as with `client:visible`), or at once when the page
 * asks for it: an exercise checked against the figure, answered by a reader
 * who jumped straight to it, dispatches `downhill:wake` with the figure's id
 * (AnswerCheck.svelte). Registered in astro.config.mjs; the offline edition's
 * runtime takes it from the page like Astro's own directives.
 *
 * @type {import('astro').ClientDirective}
 */
export default (load, _options, el) => {
  let started = false;
  /** @param {Event} e */
  const wake = (e) => {
    const id = /** @type {CustomEvent} */ (e).detail;
    if (typeof id === 'string' && el.querySelector(`figure[id="${CSS.escape(id)}"]`)) start();
  };
  const io = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) start();
  });
  function start() {
    if (started) return;
    started = true;
    io.disconnect();
    removeEventListener('downhill:wake', wake);
    void load().then((hydrate) => hydrate());
  }
  for (const child of el.children) io.observe(child);
  addEventListener('downhill:wake', wake);
};
