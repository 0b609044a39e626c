import { describe, expect, it } from 'vitest';
import { makeQuadratic, run } from '~/core';
import { momentumSteps } from '~/core/momentum-steps';

describe('momentumSteps: classical and Nesterov momentum drawn in look-ahead variables', () => {
  const q = makeQuadratic({ kappa: 25, angle: 0.4 });
  const start = [-2.5, 0.6];

  it('classical momentum is torch.optim.SGD(momentum) exactly', () => {
    const steps = momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov: false, steps: 40 });
    const ref = run({ objective: q, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.8 } }, start, steps: 40 });
    steps.forEach((s, t) => {
      expect(s.wNext[0]).toBeCloseTo(ref.positions[2 * (t + 1)]!, 12);
      expect(s.wNext[1]).toBeCloseTo(ref.positions[2 * (t + 1) + 1]!, 12);
    });
  });

  it("PyTorch's nesterov = True iterates are the look-ahead points w + mu v", () => {
    const steps = momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov: true, steps: 40 });
    const ref = run({ objective: q, optimizer: { id: 'sgd', params: { lr: 0.03, momentum: 0.8, nesterov: true } }, start, steps: 40 });
    steps.forEach((s, t) => {
      expect(s.at[0]).toBeCloseTo(ref.positions[2 * t]!, 12);
      expect(s.at[1]).toBeCloseTo(ref.positions[2 * t + 1]!, 12);
    });
  });

  it('the gradient is taken at the look-ahead point for Nesterov and at w for classical momentum', () => {
    const [a, b] = [true, false].map((nesterov) => momentumSteps({ objective: q, start, lr: 0.03, momentum: 0.8, nesterov, steps: 3 }));
    const s = a![2]!;
    expect(s.at[0]).toBeCloseTo(s.w[0]! + 0.8 * s.v[0]!, 14);
    expect(b![2]!.at).toEqual(b![2]!.w);
  });
});
