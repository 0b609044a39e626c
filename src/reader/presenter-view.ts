/**
 * A talk in presentation mode: the audience's window and the presenter's
 * (#presenter) linked, and the presenter's view: the notes panel shown and a
 * timer that runs on from slide to slide (kept in that window's session).
 * Loaded by src/reader/present.ts only once a presenter's view is opened.
 */

const TIMER_KEY = 'downhill-present-start';
const CHANNEL = 'downhill-present';

/**
 * Link this window to the other one of the talk (audience or presenter) over
 * a BroadcastChannel: a move to another slide here is told there, and a move
 * there is followed here. Returns the function that moves. A message only
 * ever names a path on this site.
 */
export function linkWindows(presenter: boolean): (href: string) => void {
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null;
  const go = (href: string, tell = true): void => {
    const path = new URL(href, location.href).pathname;
    if (tell) channel?.postMessage({ go: path });
    location.href = path + (presenter ? '#presenter' : '');
  };
  if (channel) {
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const to = typeof e.data === 'object' && e.data !== null && 'go' in e.data ? e.data.go : undefined;
      if (typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') && to !== location.pathname) go(to, false);
    };
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-present-prev], [data-present-next]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      go(a.href);
    });
  }
  return go;
}

/** Show the presenter's panel and start (or continue) the timer. */
export function presenterView(): void {
  document.documentElement.classList.add('presenter-view');
  const aside = document.querySelector<HTMLElement>('[data-presenter]');
  if (aside) aside.hidden = false;
  let start = Date.now();
  try {
    const kept = Number(sessionStorage.getItem(TIMER_KEY));
    if (kept > 0) start = kept;
    else sessionStorage.setItem(TIMER_KEY, String(start));
  } catch {
    // Storage blocked: the timer starts with this slide.
  }
  const clock = document.querySelector('[data-presenter-clock]');
  const tick = (): void => {
    if (clock) clock.textContent = elapsed(Date.now() - start);
  };
  tick();
  setInterval(tick, 1000);
  document.querySelector('[data-presenter-reset]')?.addEventListener('click', () => {
    start = Date.now();
    try {
      sessionStorage.setItem(TIMER_KEY, String(start));
    } catch {
      // This slide only.
    }
    tick();
  });
}

/** `65_000` -> "1:05", `3_725_000` -> "1:02:05". */
export function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${h > 0 ? `${h}:${two(m)}` : m}:${two(s % 60)}`;
}
