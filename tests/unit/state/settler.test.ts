import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Settler } from '~/state/widget-state.svelte';

describe('Settler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, ms after the last of a burst of pokes', () => {
    const run = vi.fn();
    const s = new Settler(300, run);
    for (let k = 0; k < 20; k++) {
      s.poke();
      vi.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(249);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps one timer for the whole burst', () => {
    const s = new Settler(300, () => undefined);
    const set = vi.spyOn(globalThis, 'setTimeout');
    for (let k = 0; k < 20; k++) s.poke();
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRestore();
  });

  it('runs a burst that starts with a shorter delay that soon, and cancel stops it', () => {
    const run = vi.fn();
    const s = new Settler(300, run);
    s.poke(0);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    s.poke();
    s.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
