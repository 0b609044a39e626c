/**
 * An element's content-box size as runes, fed by a ResizeObserver in an
 * attachment. Until `measured` (on the server and before hydration) the sizes
 * are 0: use a fallback so server-rendered SVG has a sensible first frame.
 *
 *   const size = new ElementSize();
 *   const width = $derived(size.measured ? size.width : 560);
 *   <div {@attach size.observe}>{width}</div>
 */
export class ElementSize {
  width = $state(0);
  height = $state(0);
  /** True once the element has been measured in the browser. */
  measured = $state(false);

  /** Attachment: observe `el` until it leaves the DOM. */
  readonly observe = (el: Element): (() => void) => {
    const apply = (w: number, h: number): void => {
      // Whole pixels: sub-pixel jitter would otherwise re-render every frame.
      const rw = Math.round(w);
      const rh = Math.round(h);
      if (rw > 0 && rw !== this.width) this.width = rw;
      if (rh !== this.height) this.height = rh;
      this.measured = true;
    };
    // In the element's own CSS pixels, as the observer reports them: inside CSS
    // `zoom` (a slide scaled to fit) getBoundingClientRect is the zoomed size.
    const rect = el.getBoundingClientRect();
    const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom || 1;
    apply(rect.width / zoom, rect.height / zoom);
    const observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentBoxSize[0];
      if (box) apply(box.inlineSize, box.blockSize);
    });
    observer.observe(el);
    return () => observer.disconnect();
  };
}
