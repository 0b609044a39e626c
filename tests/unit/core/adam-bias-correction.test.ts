/**
 * Adam keeps beta^t as running products instead of computing beta ** t every
 * step. Over long runs the products must still match torch's `1 - beta ** t`
 * bias correction: here against a reference loop that uses `**`, for 50 000
 * steps, to 1e-9 relative at every step, and after reset().
 */
import { describe, expect, it } from 'vitest';
import { makeOptimizer } from '~/core/optimizers';

const STEPS = 50_000;

function rosenGrad(x: Float64Array, g: Float64Array): void {
  const a = x[0]!;
  const r = x[1]! - a * a;
  g[0] = -2 * (1 - a) - 400 * a * r;
  g[1] = 200 * r;
}

/** torch.optim.Adam's update, written out with `beta ** t`. */
function referenceAdam(lr: number, b1: number, b2: number, eps: number, steps: number): Float64Array[] {
  const x = new Float64Array([-1.2, 1]);
  const g = new Float64Array(2);
  const m = new Float64Array(2);
  const v = new Float64Array(2);
  const out: Float64Array[] = [];
  for (let t = 1; t <= steps; t++) {
    rosenGrad(x, g);
    const bc1 = 1 - b1 ** t;
    const bc2 = 1 - b2 ** t;
    for (let i = 0; i < 2; i++) {
      m[i] = m[i]! * b1 + (1 - b1) * g[i]!;
      v[i] = v[i]! * b2 + (1 - b2) * g[i]! * g[i]!;
      x[i] = x[i]! - ((lr / bc1) * m[i]!) / (Math.sqrt(v[i]!) / Math.sqrt(bc2) + eps);
    }
    out.push(Float64Array.from(x));
  }
  return out;
}

function worstRelative(ref: Float64Array[], lr: number, b1: number, b2: number): number {
  const opt = makeOptimizer('adam', { lr, betas: [b1, b2] });
  let worst = 0;
  for (let pass = 0; pass < 2; pass++) {
    opt.reset();
    const x = new Float64Array([-1.2, 1]);
    const g = new Float64Array(2);
    for (let t = 0; t < ref.length; t++) {
      rosenGrad(x, g);
      opt.step(x, g);
      for (let i = 0; i < 2; i++) {
        const r = ref[t]![i]!;
        worst = Math.max(worst, Math.abs(x[i]! - r) / Math.max(1, Math.abs(r)));
      }
    }
  }
  return worst;
}

describe('Adam bias correction with running powers', () => {
  it.each([
    [0.01, 0.9, 0.999],
    [0.002, 0.5, 0.9999],
  ])('matches beta ** t for 50 000 steps, twice (lr %f, betas %f, %f)', (lr, b1, b2) => {
    const ref = referenceAdam(lr, b1, b2, 1e-8, STEPS);
    expect(worstRelative(ref, lr, b1, b2)).toBeLessThan(1e-9);
  });
});
