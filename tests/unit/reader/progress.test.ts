// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PROGRESS_EVENT,
  PROGRESS_KEY,
  chapterKey,
  chapterStatus,
  describeStatus,
  emptyProgress,
  loadProgress,
  markSolved,
  markVisited,
  parseProgress,
  resetProgress,
  savePosition,
  totals,
  withPosition,
  withSolved,
  withVisited,
} from '~/reader/progress';

describe('parseProgress', () => {
  it('reads a well-formed value', () => {
    const raw = JSON.stringify({
      v: 1,
      visited: { intuition: 5 },
      solved: { intuition: ['a', 'b'] },
      positions: { intuition: { block: 3, offset: 20, at: 9 } },
    });
    expect(parseProgress(raw)).toEqual({
      v: 1,
      visited: { intuition: 5 },
      solved: { intuition: ['a', 'b'] },
      positions: { intuition: { block: 3, offset: 20, at: 9 } },
    });
  });
  it('returns an empty progress for nothing, junk, or another version', () => {
    for (const raw of [null, undefined, '', '{', '[]', 'null', '42', '{"v":2,"visited":{"a":1}}']) {
      expect(parseProgress(raw)).toEqual(emptyProgress());
    }
  });
  it('drops malformed entries and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      visited: { ok: 1, bad: 'x', '<script>': 2, inf: null },
      solved: { ok: ['e1', 7, 'e1', '<b>'], none: [], notlist: 'e' },
      positions: { ok: { block: 1, offset: -5, at: 1 }, frac: { block: 1.5, offset: 0, at: 1 }, neg: { block: -1, offset: 0, at: 1 } },
    });
    expect(parseProgress(raw)).toEqual({
      v: 1,
      visited: { ok: 1 },
      solved: { ok: ['e1'] },
      positions: { ok: { block: 1, offset: 0, at: 1 } },
    });
  });
  it('normalises file ids to slugs', () => {
    expect(parseProgress('{"v":1,"visited":{"05-momentum-adam":1}}').visited).toEqual({ 'momentum-adam': 1 });
    expect(chapterKey('03-learning-rate')).toBe('learning-rate');
    expect(chapterKey('learning-rate')).toBe('learning-rate');
  });
});

describe('pure updates', () => {
  it('a visit keeps its first time, and returns the same object when nothing changes', () => {
    const a = withVisited(emptyProgress(), 'intuition', 10);
    expect(a.visited).toEqual({ intuition: 10 });
    expect(withVisited(a, '01-intuition', 20)).toBe(a);
  });
  it('solving an exercise twice counts once', () => {
    const a = withSolved(emptyProgress(), 'variants', 'batch');
    const b = withSolved(a, 'variants', 'batch');
    expect(b).toBe(a);
    expect(chapterStatus(withSolved(b, 'variants', 'sgd'), 'variants')).toEqual({ visited: false, solved: 2 });
  });
  it('rejects ids that could not be stored safely', () => {
    const p = emptyProgress();
    expect(withSolved(p, 'variants', '')).toBe(p);
    expect(withSolved(p, 'variants', 'a b')).toBe(p);
  });
  it('sets and forgets a reading position', () => {
    const a = withPosition(emptyProgress(), 'variants', { block: 4, offset: 10, at: 1 });
    expect(a.positions['variants']).toEqual({ block: 4, offset: 10, at: 1 });
    expect(withPosition(a, 'variants', null).positions).toEqual({});
  });
  it('totals and describes what the reader has done', () => {
    let p = withVisited(emptyProgress(), 'intuition', 1);
    p = withSolved(withSolved(p, 'intuition', 'a'), 'variants', 'b');
    expect(totals(p)).toEqual({ visited: 1, solved: 2 });
    expect(describeStatus(chapterStatus(p, 'intuition'), 2)).toBe('Visited · 1 of 2 exercises solved');
    expect(describeStatus(chapterStatus(p, 'intuition'), 1)).toBe('Visited · 1 of 1 exercise solved');
    expect(describeStatus(chapterStatus(p, 'intuition'), 0)).toBe('Visited · 1 exercise solved');
    expect(describeStatus(chapterStatus(p, 'variants'), 3)).toBe('1 of 3 exercises solved');
    expect(describeStatus(chapterStatus(p, 'local-minima'), 3)).toBe('');
  });
});

describe('storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    resetProgress();
  });

  it('stores visits and solved exercises under the documented key, and announces changes', () => {
    const seen = vi.fn();
    window.addEventListener(PROGRESS_EVENT, seen);
    markVisited('intuition', 7);
    markSolved('learning-rate', 'under-ten');
    const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}');
    expect(stored.visited).toEqual({ intuition: 7, 'learning-rate': expect.any(Number) });
    expect(stored.solved).toEqual({ 'learning-rate': ['under-ten'] });
    expect(seen).toHaveBeenCalledTimes(2);
    window.removeEventListener(PROGRESS_EVENT, seen);
  });

  it('reset forgets everything', () => {
    markVisited('intuition');
    savePosition('intuition', { block: 2, offset: 0, at: 1 });
    resetProgress();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(loadProgress()).toEqual(emptyProgress());
  });

  it('works, in memory, when storage throws', () => {
    const boom = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(boom);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(boom);
    expect(() => markVisited('intuition', 3)).not.toThrow();
    expect(() => markSolved('intuition', 'x')).not.toThrow();
    expect(chapterStatus(loadProgress(), 'intuition')).toEqual({ visited: true, solved: 1 });
    expect(() => resetProgress()).not.toThrow();
    expect(loadProgress()).toEqual(emptyProgress());
  });

  it('works when localStorage itself cannot be touched', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => markVisited('variants', 1)).not.toThrow();
    expect(loadProgress().visited).toEqual({ variants: 1 });
  });
});
