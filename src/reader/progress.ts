/**
 * The reader's progress, kept only in this browser (localStorage), never sent
 * anywhere: chapters visited, exercises solved, and where they stopped reading.
 *
 * Storage key `downhill-progress` holds one JSON object (version 1):
 *
 *   { "v": 1,
 *     "visited":   { "<chapter>": <first visit, ms since epoch> },
 *     "solved":    { "<chapter>": ["<exercise id>", ...] },
 *     "positions": { "<chapter>": { "block": <index of a child of .prose>, "offset": <px into it>, "at": <ms> } } }
 *
 * `<chapter>` is the chapter's slug as in its URL (`momentum-adam`); a file id
 * (`05-momentum-adam`) is accepted and normalised. Anything unreadable in the
 * stored value is dropped, never thrown. When storage is blocked (private
 * modes, sandboxed iframes) progress lives in memory for the page.
 *
 * Exercises call `markSolved(chapterId, exerciseId)` (or dispatch a
 * `downhill:solved` event with `{ chapter, exercise }`, which the page shell
 * turns into that call). Every change dispatches `downhill:progress` on window.
 */

export const PROGRESS_KEY = 'downhill-progress';
export const PROGRESS_EVENT = 'downhill:progress';

export interface Position {
  /** Index of the child of the chapter's `.prose` at the top of the screen. */
  block: number;
  /** How many pixels of that block had scrolled past the top. */
  offset: number;
  /** When it was saved (ms since epoch). */
  at: number;
}

export interface Progress {
  v: 1;
  visited: Record<string, number>;
  solved: Record<string, string[]>;
  positions: Record<string, Position>;
}

export interface ChapterStatus {
  visited: boolean;
  solved: number;
}

/** A progress with nothing in it. */
export function emptyProgress(): Progress {
  return { v: 1, visited: {}, solved: {}, positions: {} };
}

/** `05-momentum-adam` and `momentum-adam` name the same chapter: the slug. */
export function chapterKey(id: string): string {
  return id.trim().replace(/^\d+-/, '');
}

const ID = /^[\w.-]{1,80}$/;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Reads a stored value, keeping every well-formed entry and dropping the rest.
 * @example parseProgress('{"v":1,"visited":{"intuition":1}}').visited // { intuition: 1 }
 */
export function parseProgress(raw: string | null | undefined): Progress {
  const p = emptyProgress();
  if (!raw) return p;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return p;
  }
  if (!isRecord(data) || data['v'] !== 1) return p;
  const { visited, solved, positions } = data;
  if (isRecord(visited)) {
    for (const [k, t] of Object.entries(visited)) if (ID.test(k) && finite(t)) p.visited[chapterKey(k)] = t;
  }
  if (isRecord(solved)) {
    for (const [k, list] of Object.entries(solved)) {
      if (!ID.test(k) || !Array.isArray(list)) continue;
      const ids = [...new Set(list.filter((e): e is string => typeof e === 'string' && ID.test(e)))];
      if (ids.length) p.solved[chapterKey(k)] = ids;
    }
  }
  if (isRecord(positions)) {
    for (const [k, pos] of Object.entries(positions)) {
      if (!ID.test(k) || !isRecord(pos)) continue;
      const { block, offset, at } = pos;
      if (finite(block) && Number.isInteger(block) && block >= 0 && finite(offset) && finite(at)) {
        p.positions[chapterKey(k)] = { block, offset: Math.max(0, offset), at };
      }
    }
  }
  return p;
}

/** The chapter, marked visited (keeps the first visit's time). */
export function withVisited(p: Progress, chapter: string, now: number): Progress {
  const k = chapterKey(chapter);
  if (p.visited[k] !== undefined) return p;
  return { ...p, visited: { ...p.visited, [k]: now } };
}

/** The exercise, marked solved (solving twice changes nothing). */
export function withSolved(p: Progress, chapter: string, exercise: string): Progress {
  const k = chapterKey(chapter);
  if (!ID.test(k) || !ID.test(exercise)) return p;
  const list = p.solved[k] ?? [];
  if (list.includes(exercise)) return p;
  return { ...p, solved: { ...p.solved, [k]: [...list, exercise] } };
}

/** The reading position in a chapter; `null` forgets it (back at the top). */
export function withPosition(p: Progress, chapter: string, pos: Position | null): Progress {
  const k = chapterKey(chapter);
  const positions = { ...p.positions };
  if (pos) positions[k] = pos;
  else delete positions[k];
  return { ...p, positions };
}

/** What the home page and the chapter list show for one chapter. */
export function chapterStatus(p: Progress, chapter: string): ChapterStatus {
  const k = chapterKey(chapter);
  return { visited: p.visited[k] !== undefined, solved: p.solved[k]?.length ?? 0 };
}

/** Totals over the whole book: chapters visited and exercises solved. */
export function totals(p: Progress): { visited: number; solved: number } {
  return {
    visited: Object.keys(p.visited).length,
    solved: Object.values(p.solved).reduce((s, l) => s + l.length, 0),
  };
}

/**
 * One line for a chapter card, e.g. "Visited · 1 of 2 exercises solved";
 * empty when there is nothing to say.
 */
export function describeStatus(s: ChapterStatus, exercises: number): string {
  const parts: string[] = [];
  if (s.visited) parts.push('Visited');
  if (exercises > 0 && s.solved > 0) parts.push(`${Math.min(s.solved, exercises)} of ${exercises} ${exercises === 1 ? 'exercise' : 'exercises'} solved`);
  else if (exercises === 0 && s.solved > 0) parts.push(`${s.solved} ${s.solved === 1 ? 'exercise' : 'exercises'} solved`);
  return parts.join(' · ');
}

/* ---- storage: every access guarded, so blocked storage never throws ---- */

let memory: Progress | null = null;

function storage(): Storage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}

/** The stored progress (or this page's in-memory copy when storage is blocked). */
export function loadProgress(): Progress {
  const s = storage();
  if (s) {
    try {
      return parseProgress(s.getItem(PROGRESS_KEY));
    } catch {
      // Reading refused: fall through to memory.
    }
  }
  return memory ?? emptyProgress();
}

function save(p: Progress): void {
  memory = p;
  const s = storage();
  try {
    s?.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    // Full or refused: keep the in-memory copy for this page.
  }
  announce();
}

function announce(): void {
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
    window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
  }
}

/** Records a visit to a chapter. */
export function markVisited(chapterId: string, now = Date.now()): void {
  const before = loadProgress();
  const after = withVisited(before, chapterId, now);
  if (after !== before) save(after);
}

/**
 * Records a solved exercise; exercise components call this when the reader
 * gets it right. @example markSolved('learning-rate', 'under-ten')
 */
export function markSolved(chapterId: string, exerciseId: string): void {
  const before = loadProgress();
  const after = withSolved(withVisited(before, chapterId, Date.now()), chapterId, exerciseId);
  if (after !== before) save(after);
}

/** Remembers (or, with null, forgets) where the reader is in a chapter. */
export function savePosition(chapterId: string, pos: Position | null): void {
  const before = loadProgress();
  const k = chapterKey(chapterId);
  if (!pos && !before.positions[k]) return;
  const after = withPosition(before, chapterId, pos);
  memory = after;
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify(after));
  } catch {
    // Ignored: a lost reading position is harmless.
  }
}

/** Forgets everything: visits, solved exercises, reading positions. */
export function resetProgress(): void {
  memory = null;
  try {
    storage()?.removeItem(PROGRESS_KEY);
  } catch {
    // Storage blocked: the in-memory copy is already gone.
  }
  announce();
}
