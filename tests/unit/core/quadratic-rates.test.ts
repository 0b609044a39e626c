import { describe, expect, it } from 'vitest';
import { makeOptimizer, makeQuadratic, run } from '~/core';
import { heavyBallBound, heavyBallRate, optimalHeavyBall, quadraticMomentumRate } from '~/core/quadratic-rates';

/** A 1-D quadratic f = lambda/2 w^2 as a 2-D bowl with both curvatures equal. */
const bowl = (lambda: number) => makeQuadratic({ kappa: 1, angle: 0, mu: lambda });

describe('heavy-ball momentum on a quadratic (PyTorch form)', () => {
  it.each([0, 0.3, 0.5, 0.9, 0.95])('converges just inside lr * lambda < 2 + 2 mu and diverges just outside, mu = %s', (mu) => {
    const lambda = 4;
    const edge = heavyBallBound(mu) / lambda;
    const steps = 4000;
    const inside = run({ objective: bowl(lambda), optimizer: { id: 'sgd', params: { lr: 0.97 * edge, momentum: mu } }, start: [1, 1], steps });
    const outside = run({ objective: bowl(lambda), optimizer: { id: 'sgd', params: { lr: 1.03 * edge, momentum: mu } }, start: [1, 1], steps, stop: { bound: 1e6 } });
    expect(inside.loss[inside.length]!).toBeLessThan(1e-6);
    expect(outside.status.kind).toBe('diverged');
  });

  it('the bound is 2 + 2 mu, and plain gradient descent (mu = 0) gets 2', () => {
    expect(heavyBallBound(0)).toBe(2);
    expect(heavyBallBound(0.9)).toBeCloseTo(3.8, 12);
  });

  it('in the moving-average form the same limit applies to alpha (1 - beta) lambda', () => {
    const lambda = 4;
    const beta = 0.9;
    const edge = heavyBallBound(beta) / ((1 - beta) * lambda); // alpha at the edge
    const ok = run({ objective: bowl(lambda), optimizer: { id: 'momentum-ema', params: { lr: 0.97 * edge, beta } }, start: [1, 1], steps: 4000 });
    const bad = run({ objective: bowl(lambda), optimizer: { id: 'momentum-ema', params: { lr: 1.03 * edge, beta } }, start: [1, 1], steps: 4000 });
    expect(ok.loss[ok.length]!).toBeLessThan(1e-6);
    expect(bad.status.kind).toBe('diverged');
  });

  it('heavyBallRate is the measured shrink factor per step', () => {
    for (const [h, mu] of [
      [0.5, 0.3],
      [1.75, 0.7],
      [0.07, 0.9],
      [3, 0.6],
    ] as const) {
      const tr = run({ objective: bowl(1), optimizer: { id: 'sgd', params: { lr: h, momentum: mu } }, start: [1, 0], steps: 600, stop: { bound: 1e300 } });
      // Average decay over the last 200 steps (geometric mean of |w| ratios, via the loss which is w^2 / 2).
      const a = 350;
      const b = 550;
      const ratio = Math.pow(Math.sqrt(tr.loss[b]! / tr.loss[a]!), 1 / (b - a));
      expect(Math.abs(ratio - heavyBallRate(h, mu))).toBeLessThan(0.02);
    }
    expect(heavyBallRate(1.2, 0)).toBeCloseTo(0.2, 12);
  });

  it("Polyak's optimal setting for curvatures 1 and 25 shrinks every direction by 2/3", () => {
    const best = optimalHeavyBall(1, 25);
    expect(best.lr).toBeCloseTo(1 / 9, 12);
    expect(best.momentum).toBeCloseTo(4 / 9, 12);
    expect(best.rate).toBeCloseTo(2 / 3, 12);
    expect(quadraticMomentumRate(best.lr, best.momentum, [1, 25])).toBeCloseTo(2 / 3, 6);
  });
});



describe('the two momentum conventions', () => {
  const q = makeQuadratic({ kappa: 10, angle: Math.PI / 6 });
  it('EMA momentum with alpha equals PyTorch momentum with lr = alpha (1 - beta), from the first step on', () => {
    for (const beta of [0.5, 0.9, 0.99]) {
      const alpha = 0.3;
      const ema = run({ objective: q, optimizer: { id: 'momentum-ema', params: { lr: alpha, beta } }, start: q.start, steps: 100 });
      const torch = run({ objective: q, optimizer: { id: 'sgd', params: { lr: alpha * (1 - beta), momentum: beta } }, start: q.start, steps: 100 });
      for (let i = 0; i < ema.positions.length; i++) expect(ema.positions[i]!).toBeCloseTo(torch.positions[i]!, 12);
    }
  });
  it('PyTorch with dampening = beta and lr = alpha averages too, but its first step is 1 / (1 - beta) times longer', () => {
    const beta = 0.9;
    const ema = makeOptimizer('momentum-ema', { lr: 0.1, beta });
    const damp = makeOptimizer('sgd', { lr: 0.1, momentum: beta, dampening: beta });
    const g = new Float64Array([1, -2]);
    const x1 = new Float64Array([0, 0]);
    const x2 = new Float64Array([0, 0]);
    ema.step(x1, g);
    damp.step(x2, g);
    expect(x2[0]! / x1[0]!).toBeCloseTo(1 / (1 - beta), 12);
    // Later the buffers differ by beta^t g_1 only: with a constant gradient, b_t - v_t = beta^t g.
    for (let t = 2; t <= 30; t++) {
      ema.step(x1, g);
      damp.step(x2, g);
    }
    const bv = damp.state().velocity![0]! - ema.state().velocity![0]!;
    expect(bv).toBeCloseTo(beta ** 30 * 1, 12);
  });
});
