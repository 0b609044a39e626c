import { describe, expect, it } from 'vitest';
import { makeTrainer, type Trainer } from '~/core/nn';
import { fieldToImageData } from '~/viz/field-image';
import { defaultsOf } from '~/state/schema';
import { decisionLut, networkOptions, paintDecision } from '~/widgets/network/model';
import { NetworkTraining, type Frames } from '~/widgets/network/model.svelte';
import { networkSchema } from '~/widgets/network/schema';

/** Frames the test runs by hand, with a clock that advances `msPerCall` on every reading. */
function fakeFrames(msPerCall = 0) {
  let t = 1000;
  let pending: (() => void) | null = null;
  const frames: Frames = {
    request: (cb) => ((pending = cb), 1),
    cancel: () => (pending = null),
    now: () => (t += msPerCall),
  };
  return {
    frames,
    /** Run the pending frame; false when none is pending. */
    step: () => {
      const cb = pending;
      pending = null;
      cb?.();
      return cb !== null;
    },
    advance: (ms: number) => (t += ms),
  };
}

/** A trainer whose steps cost nothing, diverging at step `divergeAt`. */
function fakeTrainer(divergeAt = Infinity): Trainer {
  let steps = 0;
  return {
    get steps() {
      return steps;
    },
    get diverged() {
      return steps >= divergeAt;
    },
    step: () => ++steps,
  } as unknown as Trainer;
}

describe('NetworkTraining, the network figure engine', () => {
  it('replays a link: trains silently to the target, in slices, then stops and repaints', () => {
    const f = fakeFrames();
    const written: number[] = [];
    const t = new NetworkTraining({ maxSteps: 1000, frames: f.frames, onSteps: (n) => written.push(n) });
    const tr = fakeTrainer();
    t.load(tr, 250);
    expect(t.busy).toBe(true);
    const stop = t.run();
    const paint0 = t.paintTick;
    f.step();
    expect(tr.steps).toBe(250);
    expect(t.paintTick).toBe(paint0 + 1);
    expect(t.busy).toBe(false);
    stop();
    expect(t.paintTick).toBe(paint0 + 2);
    expect(written).toEqual([]);
  });

  it('a slice never works past sliceMs', () => {
    const f = fakeFrames(1);
    const t = new NetworkTraining({ maxSteps: 1000, sliceMs: 4, frames: f.frames, onSteps: () => {} });
    const tr = fakeTrainer();
    t.load(tr, 1000);
    t.run();
    f.step();
    // The clock reads 1 ms later each time: t0, then one reading per step.
    expect(tr.steps).toBe(5);
  });

  it('plays at `speed` steps a frame, repaints at most every paintMs, pauses and writes the step count', () => {
    const f = fakeFrames();
    const written: number[] = [];
    const t = new NetworkTraining({ maxSteps: 1000, paintMs: 100, frames: f.frames, onSteps: (n) => written.push(n) });
    const tr = fakeTrainer();
    t.load(tr, 0);
    expect(t.busy).toBe(false);
    t.speed = 20;
    t.play();
    expect(t.busy).toBe(true);
    t.run();
    const paint0 = t.paintTick;
    f.step();
    f.advance(50);
    f.step();
    expect(tr.steps).toBe(40);
    expect(t.paintTick).toBe(paint0 + 1);
    f.advance(60);
    f.step();
    expect(t.paintTick).toBe(paint0 + 2);
    t.play();
    expect(t.playing).toBe(false);
    expect(written).toEqual([60]);
    t.stepOnce();
    expect(tr.steps).toBe(61);
    expect(written).toEqual([60, 61]);
    t.restart();
    expect(written.at(-1)).toBe(0);
  });

  it('stops playing at a divergence and at the last step', () => {
    const f = fakeFrames();
    const t = new NetworkTraining({ maxSteps: 30, frames: f.frames, onSteps: () => {} });
    const tr = fakeTrainer(12);
    t.load(tr, 0);
    t.speed = 100;
    t.play();
    t.run();
    f.step();
    expect(tr.steps).toBe(12);
    expect(t.playing).toBe(false);
    t.stepOnce();
    expect(tr.steps).toBe(12);
    const tr2 = fakeTrainer();
    t.load(tr2, 0);
    t.play();
    t.run();
    f.step();
    expect(tr2.steps).toBe(30);
    expect(t.playing).toBe(false);
  });

  it('trains the real network: the link target reached equals stepping by hand', () => {
    const opts = networkOptions(defaultsOf(networkSchema));
    const f = fakeFrames();
    const t = new NetworkTraining({ maxSteps: 5000, frames: f.frames, onSteps: () => {} });
    const a = makeTrainer(opts);
    t.load(a, 40);
    t.run();
    while (t.busy && f.step());
    const b = makeTrainer(opts);
    for (let i = 0; i < 40; i++) b.step();
    expect(a.steps).toBe(40);
    expect(a.losses()).toEqual(b.losses());
  });
});

describe('the decision regions', () => {
  it('are white at ½, class 0 below and class 1 above, stronger the surer', () => {
    const lut = decisionLut('light', 5);
    expect([...lut.subarray(8, 12)]).toEqual([255, 255, 255, 255]);
    const at = (k: number) => [...lut.subarray(4 * k, 4 * k + 3)];
    expect(at(0)).not.toEqual(at(4));
    // Surer is farther from white.
    const dist = (k: number) => at(k).reduce((s, v) => s + (255 - v), 0);
    expect(dist(0)).toBeGreaterThan(dist(1));
    expect(dist(4)).toBeGreaterThan(dist(3));
  });

  it('paint upright, as fieldToImageData would: the grid row at the top of the plot is the image row 0', () => {
    const grid = { values: Float64Array.from([0, 0.25, 1, NaN]), nx: 2, ny: 2, domain: { x: [0, 1], y: [0, 1] }, min: 0, max: 1 } as const;
    const lut = decisionLut('dark', 5);
    const px = paintDecision(grid.values, 2, lut, new Uint8ClampedArray(16));
    expect([...px.subarray(0, 4)]).toEqual([...lut.subarray(16, 20)]);
    expect([...px.subarray(4, 8)]).toEqual([...lut.subarray(8, 12)]);
    expect([...px.subarray(8, 12)]).toEqual([...lut.subarray(0, 4)]);
    // Finite cells agree with the general painter.
    const general = fieldToImageData(grid, lut, { min: 0, max: 1 });
    expect([...px.subarray(0, 4), ...px.subarray(8, 16)]).toEqual([...general.subarray(0, 4), ...general.subarray(8, 16)]);
  });
});
