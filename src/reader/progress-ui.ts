/**
 * The page side of progress (src/reader/progress.ts): fills in the marks the
 * server rendered hidden, wires the reset buttons, records visits and solved
 * exercises, and keeps and restores the reading position in a chapter.
 *
 * Markup it reads:
 *   [data-progress-for="<chapter>"][data-exercises="<n>"]  a status line, unhidden when there is one
 *   [data-visited-mark="<chapter>"]                       a mark, unhidden once the chapter is visited
 *   [data-progress-summary]                               "2 of 6 chapters visited · 1 exercise solved"
 *   [data-progress-reset]                                 a button, unhidden, that forgets everything
 *   [data-chapter-id] .prose                               the chapter being read
 */
import {
  PROGRESS_EVENT,
  chapterStatus,
  describeStatus,
  loadProgress,
  markSolved,
  markVisited,
  resetProgress,
  savePosition,
  totals,
  type Position,
} from './progress';

/** Shows the reader's progress everywhere the page has a place for it, now and on every change. */
export function initProgressUi(doc: Document = document): void {
  const render = (): void => {
    const p = loadProgress();
    for (const el of doc.querySelectorAll<HTMLElement>('[data-progress-for]')) {
      const text = describeStatus(chapterStatus(p, el.dataset['progressFor'] ?? ''), Number(el.dataset['exercises'] ?? 0));
      el.textContent = text;
      el.hidden = text === '';
    }
    for (const el of doc.querySelectorAll<HTMLElement>('[data-visited-mark]')) {
      el.hidden = !chapterStatus(p, el.dataset['visitedMark'] ?? '').visited;
    }
    const t = totals(p);
    const chapters = Number(doc.querySelector<HTMLElement>('[data-progress-summary]')?.dataset['chapters'] ?? 0);
    for (const el of doc.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
      el.textContent =
        t.visited === 0 && t.solved === 0
          ? 'No progress yet. It is kept only in this browser.'
          : `${t.visited} of ${chapters} chapters visited · ${t.solved} ${t.solved === 1 ? 'exercise' : 'exercises'} solved. Kept only in this browser.`;
      el.hidden = false;
    }
    for (const el of doc.querySelectorAll<HTMLButtonElement>('[data-progress-reset]')) {
      el.hidden = false;
      el.disabled = t.visited === 0 && t.solved === 0;
    }
  };

  for (const el of doc.querySelectorAll<HTMLButtonElement>('[data-progress-reset]')) {
    el.addEventListener('click', () => {
      resetProgress();
      const note = el.parentElement?.querySelector<HTMLElement>('[data-progress-note]');
      if (note) note.textContent = 'Progress cleared.';
    });
  }
  window.addEventListener(PROGRESS_EVENT, render);
  // Another tab read or reset something.
  window.addEventListener('storage', render);
  // Exercise islands announce success with an event; record it.
  window.addEventListener('downhill:solved', (e) => {
    const d = (e as CustomEvent<{ chapter?: unknown; exercise?: unknown }>).detail;
    if (typeof d?.chapter === 'string' && typeof d.exercise === 'string') markSolved(d.chapter, d.exercise);
  });
  render();
}

/** The sticky header's height: what covers the top of the page. */
function topInset(doc: Document): number {
  return doc.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
}

/** Where the reader is in the chapter: the first block not yet scrolled past, and how far into it. */
export function currentPosition(prose: Element, inset: number, now: number): Position | null {
  const blocks = [...prose.children];
  for (let i = 0; i < blocks.length; i++) {
    const r = blocks[i]!.getBoundingClientRect();
    if (r.bottom > inset) {
      const offset = Math.max(0, Math.round(inset - r.top));
      // Still at the very start: nothing worth restoring.
      return i === 0 && offset < 40 ? null : { block: i, offset, at: now };
    }
  }
  return null;
}

/**
 * On a chapter page: records the visit, remembers the reading position as the
 * reader scrolls, and brings them back to it when they return by a link
 * (a reload or the back button already restores the scroll by itself).
 */
export function trackChapter(doc: Document = document): void {
  const article = doc.querySelector<HTMLElement>('[data-chapter-id]');
  const prose = article?.querySelector('.prose');
  const id = article?.dataset['chapterId'];
  if (!article || !prose || !id) return;
  markVisited(id);

  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const stored = loadProgress().positions[id];
  if (stored && !location.hash && (!nav || nav.type === 'navigate')) restore(doc, prose, stored);

  let pending = 0;
  const remember = (): void => {
    pending = 0;
    savePosition(id, currentPosition(prose, topInset(doc), Date.now()));
  };
  addEventListener(
    'scroll',
    () => {
      if (!pending) pending = window.setTimeout(remember, 400);
    },
    { passive: true },
  );
  addEventListener('pagehide', remember);
}

function restore(doc: Document, prose: Element, pos: Position): void {
  const block = prose.children[pos.block];
  if (!block) return;
  const y = window.scrollY + block.getBoundingClientRect().top - topInset(doc) + pos.offset;
  if (y < 80) return;
  window.scrollTo({ top: y, behavior: 'instant' });
  const note = doc.querySelector<HTMLElement>('[data-resume-note]');
  if (!note) return;
  note.hidden = false;
  const hide = (): void => {
    note.hidden = true;
  };
  note.querySelector('[data-resume-top]')?.addEventListener('click', () => {
    window.scrollTo({ top: 0, behavior: 'instant' });
    savePosition(doc.querySelector<HTMLElement>('[data-chapter-id]')?.dataset['chapterId'] ?? '', null);
    hide();
    doc.querySelector<HTMLElement>('#main')?.focus();
  });
  note.querySelector('[data-resume-dismiss]')?.addEventListener('click', hide);
  window.setTimeout(hide, 12_000);
}
