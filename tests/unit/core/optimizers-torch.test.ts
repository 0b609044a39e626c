/**
 * Reference trajectories from PyTorch (tests/fixtures/torch/trajectories.json,
 * written by scripts/torch-reference.py with torch 1.13, float64): every
 * optimizer and option, 120 steps on three surfaces, must agree to 1e-9
 * relative at every step. The gradients below are the script's, written in the
 * same operation order, so only the optimizer arithmetic is compared.
 */
import { describe, expect, it } from 'vitest';
import { makeOptimizer, run, type Schedule } from '~/core';
import fixture from '../../fixtures/torch/trajectories.json';

type Surface = { f: (x: number, y: number) => number; g: (x: number, y: number) => [number, number] };

const SURFACES: Record<string, Surface> = {
  quadratic: {
    f: (x, y) => 0.5 * x * x + x * y + 5 * y * y,
    g: (x, y) => [x + y, x + 10 * y],
  },
  rosenbrock: {
    f: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
    g: (x, y) => {
      const r = y - x * x;
      return [-2 * (1 - x) - 400 * x * r, 200 * r];
    },
  },
  beale: {
    f: (x, y) => {
      const a1 = 1.5 - x + x * y;
      const a2 = 2.25 - x + x * y * y;
      const a3 = 2.625 - x + x * y * y * y;
      return a1 * a1 + a2 * a2 + a3 * a3;
    },
    g: (x, y) => {
      const a1 = 1.5 - x + x * y;
      const a2 = 2.25 - x + x * y * y;
      const a3 = 2.625 - x + x * y * y * y;
      return [
        2 * a1 * (y - 1) + 2 * a2 * (y * y - 1) + 2 * a3 * (y * y * y - 1),
        2 * a1 * x + 4 * a2 * x * y + 6 * a3 * x * y * y,
      ];
    },
  },
};

const surface = (name: string): Surface => {
  const s = SURFACES[name];
  if (!s) throw new Error(`no surface ${name}`);
  return s;
};

const REL = 1e-9;
const ABS = 1e-12;

/** Index of the first coordinate that disagrees beyond tolerance, or -1. */
function firstMismatch(actual: ArrayLike<number>, expected: readonly number[]): number {
  if (actual.length !== expected.length) return Math.min(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    if (!(Math.abs(actual[i]! - e) <= REL * Math.abs(e) + ABS)) return i;
  }
  return -1;
}

function describeMismatch(actual: ArrayLike<number>, expected: readonly number[], i: number): string {
  return `step ${Math.floor(i / 2)} coordinate ${i % 2}: got ${actual[i]}, torch ${expected[i]}`;
}

const plain = fixture.trajectories.filter((t) => !('schedule' in t));
const scheduled = fixture.trajectories.filter((t) => 'schedule' in t);

describe('optimizers agree with torch.optim to 1e-9 relative at every step', () => {
  it('covers every optimizer and option on every surface', () => {
    expect(new Set(plain.map((t) => t.optimizer))).toEqual(new Set(['sgd', 'adagrad', 'rmsprop', 'adam', 'adamw']));
    expect(new Set(plain.map((t) => t.surface))).toEqual(new Set(['quadratic', 'rosenbrock', 'beale']));
    expect(plain.length).toBeGreaterThanOrEqual(60);
    for (const t of fixture.trajectories) expect(t.positions.length).toBe(2 * (fixture.meta.steps + 1));
  });

  it.each(plain.map((t) => [`${t.label} on ${t.surface}`, t] as const))('%s', (_, t) => {
    const s = surface(t.surface);
    const opt = makeOptimizer(t.optimizer, t.params);
    const x = new Float64Array(t.positions.slice(0, 2));
    const g = new Float64Array(2);
    const got = [x[0]!, x[1]!];
    for (let k = 0; k < fixture.meta.steps; k++) {
      const [gx, gy] = s.g(x[0]!, x[1]!);
      g[0] = gx;
      g[1] = gy;
      opt.step(x, g);
      got.push(x[0]!, x[1]!);
    }
    const bad = firstMismatch(got, t.positions);
    expect(bad, bad < 0 ? '' : describeMismatch(got, t.positions, bad)).toBe(-1);
  });
});

describe('run() with a schedule agrees with torch.optim plus lr_scheduler', () => {
  it.each(scheduled.map((t) => [t.label, t] as const))('%s', (_, t) => {
    const s = surface(t.surface);
    const objective = {
      dim: 2,
      f: (p: ArrayLike<number>) => s.f(p[0]!, p[1]!),
      grad: (p: ArrayLike<number>, out: Float64Array) => {
        const [gx, gy] = s.g(p[0]!, p[1]!);
        out[0] = gx;
        out[1] = gy;
        return out;
      },
    };
    const tr = run({
      objective,
      optimizer: { id: t.optimizer, params: t.params },
      start: t.positions.slice(0, 2),
      steps: fixture.meta.steps,
      schedule: (t as { schedule: Schedule }).schedule,
    });
    expect(tr.status).toEqual({ kind: 'max-steps' });
    const bad = firstMismatch(tr.positions, t.positions);
    expect(bad, bad < 0 ? '' : describeMismatch(tr.positions, t.positions, bad)).toBe(-1);
  });
});
