/**
 * The network figure's engine, as a rune class: trains a core `Trainer` in
 * animation-frame slices of at most `sliceMs` of work (so the page stays
 * responsive), up to a target step count when replaying a link or freely
 * while playing (`speed` steps a frame), and says when the slow things (the
 * decision regions) are due a repaint. The view reads `tick` (every slice)
 * and `paintTick` (at most every `paintMs`, and when training stops); a unit
 * test drives it with a fake clock and frames (tests/unit/widgets/network/).
 *
 *   const training = new NetworkTraining({ maxSteps: 5000, onSteps: (n) => model.set('steps', n) });
 *   $effect(() => training.load(trainer, stepsFromLink));
 *   $effect(() => training.run());
 */
import type { Trainer } from '~/core/nn';

export interface Frames {
  request(cb: () => void): number;
  cancel(handle: number): void;
  now(): number;
}

const browserFrames: Frames = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (h) => cancelAnimationFrame(h),
  now: () => performance.now(),
};

export interface NetworkTrainingOptions {
  readonly maxSteps: number;
  /** The step count to keep in the URL: called when the reader pauses, steps or restarts. */
  readonly onSteps: (steps: number) => void;
  readonly sliceMs?: number;
  readonly paintMs?: number;
  readonly frames?: Frames;
}

export const SPEEDS = [1, 5, 20, 100] as const;

export class NetworkTraining {
  trainer: Trainer | undefined = $state.raw();
  playing = $state(false);
  /** Steps per frame while playing. */
  speed: number = $state(5);
  /** Bumped after every slice: read it to follow the trainer. */
  tick = $state(0);
  /** Bumped when the decision regions are due a repaint. */
  paintTick = $state(0);
  /** Training continues without playing until this many steps (a link's step count). */
  target = 0;
  /** Whether a slice is due: not diverged, not at the end, playing or short of the target. */
  readonly busy = $derived.by(() => {
    void this.tick;
    const tr = this.trainer;
    return !!tr && !tr.diverged && tr.steps < this.#max && (this.playing || tr.steps < this.target);
  });

  readonly #max: number;
  readonly #onSteps: (steps: number) => void;
  readonly #sliceMs: number;
  readonly #paintMs: number;
  readonly #frames: Frames;

  constructor(o: NetworkTrainingOptions) {
    this.#max = o.maxSteps;
    this.#onSteps = o.onSteps;
    this.#sliceMs = o.sliceMs ?? 4;
    this.#paintMs = o.paintMs ?? 100;
    this.#frames = o.frames ?? browserFrames;
  }

  /** A fresh run: stop playing and train silently up to `target` steps (0: start from scratch). */
  load(trainer: Trainer, target: number): void {
    this.trainer = trainer;
    this.playing = false;
    this.target = Math.min(this.#max, target);
    this.tick++;
    this.paintTick++;
  }

  /**
   * One slice: steps until the cap (speed while playing, else the target),
   * the end, a divergence or `sliceMs` of work. Returns the steps taken.
   */
  slice(lastPaint: number): { steps: number; painted: boolean; at: number } {
    const tr = this.trainer;
    const t0 = this.#frames.now();
    if (!tr) return { steps: 0, painted: false, at: t0 };
    const cap = this.playing ? this.speed : Infinity;
    let k = 0;
    while (k < cap && tr.steps < this.#max && !tr.diverged && (this.playing || tr.steps < this.target)) {
      tr.step();
      k++;
      if (this.#frames.now() - t0 > this.#sliceMs) break;
    }
    this.tick++;
    const painted = t0 - lastPaint >= this.#paintMs;
    if (painted) this.paintTick++;
    if (tr.diverged || tr.steps >= this.#max) this.playing = false;
    return { steps: k, painted, at: painted ? t0 : lastPaint };
  }

  /** Train in animation frames while busy; returns the stop (for an `$effect`), which repaints the final state. */
  run(): () => void {
    if (!this.busy) return () => {};
    let raf = 0;
    let lastPaint = Number.NEGATIVE_INFINITY;
    const frame = (): void => {
      lastPaint = this.slice(lastPaint).at;
      raf = this.#frames.request(frame);
    };
    raf = this.#frames.request(frame);
    return () => {
      this.#frames.cancel(raf);
      this.paintTick++;
    };
  }

  play(): void {
    if (this.playing) this.pause();
    else this.playing = true;
  }

  pause(): void {
    this.playing = false;
    const steps = this.trainer?.steps ?? 0;
    this.target = steps;
    this.#onSteps(Math.min(this.#max, steps));
  }

  stepOnce(): void {
    this.playing = false;
    const tr = this.trainer;
    if (!tr || tr.diverged || tr.steps >= this.#max) return;
    tr.step();
    this.target = tr.steps;
    this.#onSteps(tr.steps);
    this.tick++;
    this.paintTick++;
  }

  /** Back to step 0 (the caller makes a new trainer). */
  restart(): void {
    this.playing = false;
    this.target = 0;
    this.#onSteps(0);
  }
}
