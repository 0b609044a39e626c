import { describe, expect, it } from 'vitest';
import { neuronExample } from '../../../../src/core/nn';

describe('neuronExample (the single-neuron worked example of chapter 2)', () => {
  it('reproduces every number of the curriculum with lr = 0.1', () => {
    const s = neuronExample(0.1);
    expect([s.x, s.y, s.w, s.b]).toEqual([2, 5, 3, 1]);
    expect(s.z).toBe(7);
    expect(s.a).toBe(7);
    expect(s.loss).toBe(4);
    expect(s.dLda).toBe(4);
    expect(s.dadz).toBe(1);
    expect(s.dLdw).toBe(8);
    expect(s.dLdb).toBe(4);
    expect(s.newW).toBeCloseTo(2.2, 14);
    expect(s.newB).toBeCloseTo(0.6, 14);
    expect(s.newZ).toBeCloseTo(5, 14);
    expect(s.newA).toBeCloseTo(5, 14);
    expect(s.newLoss).toBeCloseTo(0, 20);
  });

  it('shows that 0.1 is special: other learning rates leave some loss', () => {
    // After one step z' = 7 - 20 lr, so while z' > 0 (lr < 0.35) L' = (2 - 20 lr)^2, zero only at lr = 0.1.
    for (const lr of [0.01, 0.05, 0.2, 0.3]) {
      const s = neuronExample(lr);
      expect(s.newLoss).toBeCloseTo((2 - 20 * lr) ** 2, 12);
      expect(s.newLoss).toBeGreaterThan(0);
    }
    expect(neuronExample(0).newLoss).toBe(4);
    // Past lr = 0.35 the step overshoots so far that the ReLU switches off: a = 0, L = y^2 = 25.
    expect(neuronExample(0.5).newLoss).toBe(25);
  });

  it('passes no gradient through a ReLU that is off', () => {
    const s = neuronExample(0.1, { w: -3 });
    expect(s.z).toBe(-5);
    expect(s.a).toBe(0);
    expect(s.dadz).toBe(0);
    expect(Math.abs(s.dLdw) + Math.abs(s.dLdb)).toBe(0);
    expect(s.newW).toBe(-3);
  });
});
