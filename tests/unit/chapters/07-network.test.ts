import { describe, expect, it } from 'vitest';
import { chainExample, makeTrainer, neuronExample } from '../../../src/core/nn';
import { defaultsOf } from '../../../src/state/schema';
import { networkSchema } from '../../../src/widgets/network/schema';
import { backpropSchema } from '../../../src/widgets/backprop/schema';
import { networkOptions } from '../../../src/widgets/network/model';

/** Every number content/chapters/07-network.mdx quotes about its figures, from the figures' initial state. */
const defaults = defaultsOf(networkSchema);

function trainUntil(opts: Parameters<typeof networkOptions>[0], steps: number) {
  const tr = makeTrainer(networkOptions(opts));
  let hit95 = -1;
  for (let t = 1; t <= steps; t++) {
    tr.step();
    if (hit95 < 0 && tr.accuracy() >= 0.95) hit95 = t;
  }
  return { tr, hit95 };
}

describe('chapter 7 numbers', () => {
  it('the 2 → 4 → 2 network has 22 parameters', () => {
    const tr = makeTrainer(networkOptions(defaults));
    expect(tr.net.sizes).toEqual([2, 4, 2]);
    expect(tr.net.params.length).toBe(22);
  });

  it('Figure 7.2 by default: loss 0.707 untrained, 95% accuracy first at step 328', () => {
    const tr = makeTrainer(networkOptions(defaults));
    expect(tr.losses()[0]!.toFixed(3)).toBe('0.707');
    expect(trainUntil(defaults, 400).hit95).toBe(328);
  });

  it('plain SGD (lr 0.1) needs several times as many steps as Adam', () => {
    const { hit95 } = trainUntil({ ...defaults, optimizer: 'sgd', lr: 0.1 }, 3000);
    expect(hit95).toBeGreaterThan(3 * 328);
  });

  it('two hidden units stall near 82% on the circles; three pass 95% within a few hundred steps', () => {
    const two = trainUntil({ ...defaults, units: 2 }, 3000);
    expect(two.hit95).toBe(-1);
    expect(two.tr.accuracy()).toBeGreaterThan(0.78);
    expect(two.tr.accuracy()).toBeLessThan(0.86);
    const three = trainUntil({ ...defaults, units: 3 }, 1000);
    expect(three.hit95).toBeGreaterThan(0);
    expect(three.hit95).toBeLessThan(1000);
  });

  it('sigmoid with plain SGD barely learns; the first layer has the smallest gradient; Adam trains it', () => {
    const sig = { ...defaults, activation: 'sigmoid' as const, optimizer: 'sgd' as const, lr: 0.1 };
    const { tr } = trainUntil(sig, 3000);
    expect(tr.losses()[3000]).toBeGreaterThan(0.6);
    const rms = Array.from(tr.gradRms());
    expect(rms[0]).toBeLessThan(rms[1]!);
    expect(trainUntil({ ...sig, optimizer: 'adam', lr: 0.03 }, 1500).hit95).toBeGreaterThan(0);
  });

  it('the spiral suggestion (3 × 16 ReLU, lr 0.01, noise 0.02) learns it', () => {
    const { tr } = trainUntil({ ...defaults, data: 'spiral', layers: 3, units: 16, activation: 'relu', lr: 0.01, noise: 0.02 }, 2500);
    expect(tr.accuracy()).toBeGreaterThan(0.9);
  }, 30000);

  describe('the spiral: one layer can, depth is cheaper', () => {
    const spiral = { ...defaults, data: 'spiral' as const, activation: 'relu' as const, lr: 0.01, noise: 0.02 };
    /** Steps until 90% accuracy (−1 if not within `steps`), for any hidden widths. */
    const to90 = (hidden: number[], steps: number) => {
      const tr = makeTrainer({ ...networkOptions({ ...spiral, layers: 1, units: 16 }), hidden });
      for (let t = 1; t <= steps; t++) {
        tr.step();
        if (tr.accuracy() >= 0.9) return { tr, hit: t };
      }
      return { tr, hit: -1 };
    };
    it('one layer of 16 ReLU units (the figure’s widest) stalls near 60%', () => {
      const { tr, hit } = to90([16], 3000);
      expect(hit).toBe(-1);
      expect(tr.accuracy()).toBeGreaterThan(0.5);
      expect(tr.accuracy()).toBeLessThan(0.7);
    }, 30000);
    it('one layer of 128 reaches 90% in about 1,000 steps; 3 × 16, about as many weights (626 against 642), in under 300', () => {
      const wide = to90([128], 1500);
      const deep = to90([16, 16, 16], 1500);
      expect([deep.tr.net.params.length, wide.tr.net.params.length]).toEqual([626, 642]);
      expect(wide.hit).toBeGreaterThan(900);
      expect(wide.hit).toBeLessThan(1100);
      expect(deep.hit).toBeGreaterThan(0);
      expect(deep.hit).toBeLessThan(300);
    }, 60000);
  });

  it('a backward pass costs about twice the forward: per dense layer one product forward, two back (all but the first layer)', () => {
    const sizes = [2, 16, 16, 16, 2];
    let fwd = 0;
    let bwd = 0;
    for (let l = 1; l < sizes.length; l++) {
      const mac = sizes[l]! * sizes[l - 1]!;
      fwd += mac;
      bwd += mac + (l > 1 ? mac : 0);
    }
    expect(bwd / fwd).toBeGreaterThan(1.9);
    expect(bwd / fwd).toBeLessThanOrEqual(2);
  });

  it('the neuron recap: z = 7, a = 7, L = 4, dL/dw = 8, dL/db = 4', () => {
    const n = neuronExample(0.1);
    expect([n.z, n.a, n.loss, n.dLda, n.dLdw, n.dLdb]).toEqual([7, 7, 4, 4, 8, 4]);
  });

  it('Figure 7.1 by default: loss 4, gradients −8, −4, −8, −4; α = 0.05 gives 0.16, α = 0.1 gives 12.96', () => {
    const d = defaultsOf(backpropSchema);
    const s = chainExample({ x: 2, y: 5, w1: d.w1, b1: d.b1, w2: d.w2, b2: d.b2, activation: d.activation, lr: d.lr });
    expect([s.z1, s.h, s.yhat, s.loss, s.dLdyhat]).toEqual([2, 2, 3, 4, -4]);
    expect([s.dLdw2, s.dLdb2, s.dLdw1, s.dLdb1]).toEqual([-8, -4, -8, -4]);
    expect(s.next.loss).toBeCloseTo(0.16, 12);
    expect(chainExample({ ...s, lr: 0.1 }).next.loss).toBeCloseTo(12.96, 10);
  });

  it('exercise chain-w1: with w2 = 0.5, dL/dw1 = −6', () => {
    expect(chainExample({ w2: 0.5 }).dLdw1).toBe(-6);
  });
});
