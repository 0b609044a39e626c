/**
 * A slide of presentation mode (src/pages/present/[chapter]/[n].astro): the
 * keys that move through the book, the presenter's view, and the fit that
 * sizes the figure to the screen. Plain DOM, no framework; the page's markup
 * names the parts with data-present-* and data-presenter-* attributes.
 */

/** Set in the audience's window once it has opened a presenter's view: from then on its slides follow that window. */
const PRESENTING = 'downhill-presenting';

/** Everything a slide does, wired up once the page has parsed. */
export function presentSlide(): void {
  const presenter = location.hash === '#presenter';
  let go = (href: string): void => void (location.href = href);
  // The two windows of a talk move together; the code that links them (and
  // the presenter's view) is a chunk of its own, loaded only for a talk.
  let linked = false;
  const link = (): void => {
    if (linked) return;
    linked = true;
    void import('./presenter-view').then((m) => {
      go = m.linkWindows(presenter);
      if (presenter) m.presenterView();
    });
  };
  const openPresenter = (): void => {
    if (presenter) return;
    try {
      sessionStorage.setItem(PRESENTING, '1');
    } catch {
      // Storage blocked: this slide follows the presenter; the next ones do not.
    }
    link();
    window.open(`${location.pathname}#presenter`, 'downhill-presenter', 'popup');
  };
  addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof Element && e.target.closest('input, select, textarea, [role="slider"], [role="application"]')) return;
    const follow = (selector: string): void => {
      const a = document.querySelector<HTMLAnchorElement>(selector);
      if (a) go(a.href);
    };
    if (e.key === 'ArrowRight' || e.key === 'PageDown') follow('[data-present-next]');
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') follow('[data-present-prev]');
    else if (e.key === 'p' || e.key === 'P') openPresenter();
  });
  const open = document.querySelector<HTMLButtonElement>('[data-presenter-open]');
  open?.addEventListener('click', openPresenter);
  if (presenter && open) open.hidden = true;
  let presenting = false;
  try {
    presenting = sessionStorage.getItem(PRESENTING) === '1';
  } catch {
    // Storage blocked.
  }
  if (presenter || presenting) link();
  fitToScreen();
}

/** Widths tried for the figure's box, as fractions of the room; the figure takes the one that fits with the largest zoom. */
const WIDTHS = [0.55, 0.65, 0.75, 0.85, 1, 1.15, 1.3];
/** Narrower than this and a figure lays out as on a phone. */
const MIN_WIDTH = 620;
/** A zoom below this would be unreadable; the slide scrolls instead. */
const MIN_ZOOM = 0.3;

/**
 * Choose the box's own width and zoom: of the candidate widths, the one whose
 * zoom that fits `room` is largest (plots take their height from their width,
 * so a narrower box is also a shorter one). `heightAt(w)` lays the box out at
 * width w, unzoomed, and measures it.
 */
export function chooseFit(room: { width: number; height: number }, heightAt: (width: number) => number): { width: number; zoom: number } {
  let best = { width: room.width, zoom: 0 };
  for (const f of WIDTHS) {
    const width = Math.max(MIN_WIDTH, Math.round(room.width * f));
    // A little headroom, so that a line more of text does not overflow.
    const zoom = Math.min(1, (room.height * 0.97) / heightAt(width), room.width / width);
    if (zoom > best.zoom + 0.005 || (Math.abs(zoom - best.zoom) <= 0.005 && width > best.width)) best = { width, zoom };
  }
  return { width: best.width, zoom: Math.max(MIN_ZOOM, Math.floor(best.zoom * 1000) / 1000) };
}

/**
 * Fit the figure to the screen. In a landscape window the figure lays out in
 * two columns (PresentLayout's styles); if it is still taller than the room
 * under the bar, it is zoomed down as a whole (CSS zoom keeps layout, hit
 * testing and pointer coordinates in step), at the width {@link chooseFit}
 * picks. A phone, or a portrait window, scrolls instead.
 */
function fitToScreen(): void {
  const main = document.querySelector<HTMLElement>('[data-present-main]');
  const box = document.querySelector<HTMLElement>('[data-present-fit]');
  if (!main || !box) return;
  const landscape = matchMedia('(min-width: 760px) and (min-aspect-ratio: 1/1)');
  let fit = 1;
  const set = (width: number, zoom: number): void => {
    box.style.width = `${width}px`;
    box.style.zoom = zoom === 1 ? '' : String(zoom);
    box.dataset.fit = String(zoom);
    fit = zoom;
  };
  const height = (): number => box.getBoundingClientRect().height;
  const apply = (): void => {
    const room = { width: main.clientWidth, height: main.clientHeight };
    if (!landscape.matches) {
      set(room.width, 1);
      return;
    }
    const best = chooseFit(room, (w) => {
      set(w, 1);
      return height();
    });
    set(best.width, best.zoom);
    // Zoom does not scale everything exactly (borders and lines snap to device
    // pixels): if the result is still a little too tall, shrink again.
    for (let i = 0; i < 4 && height() > room.height; i++) set(best.width, Math.max(MIN_ZOOM, Math.floor(((fit * (room.height - 1)) / height()) * 1000) / 1000));
  };

  // Not while a pointer is down: a drag reads the figure's geometry when it
  // starts, and a zoom changed under it would move the point off the pointer.
  let pressed = false;
  let pending = false;
  addEventListener('pointerdown', () => (pressed = true), true);
  const release = (): void => {
    pressed = false;
    if (pending) {
      pending = false;
      apply();
    }
  };
  addEventListener('pointerup', release, true);
  addEventListener('pointercancel', release, true);
  // A figure whose text grows or shrinks by a line as its numbers change keeps
  // its zoom (a slide that breathed with every step would jump under the
  // pointer): it is fitted again only when it no longer fits, or leaves more
  // than a tenth of the room empty. A resized window is fitted at once.
  let size = '';
  const observer = new ResizeObserver((entries) => {
    const now = `${main.clientWidth}x${main.clientHeight}`;
    const resized = entries.some((e) => e.target === main) && now !== size;
    size = now;
    const h = height();
    if (!resized && h <= main.clientHeight && (fit === 1 || h >= 0.9 * main.clientHeight)) return;
    if (pressed) pending = true;
    else apply();
  });
  observer.observe(main);
  observer.observe(box);
  landscape.addEventListener('change', apply);
  apply();
}
