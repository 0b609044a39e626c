import { describe, expect, it } from 'vitest';
import {
  cars,
  closedFormLine,
  findRegressionData,
  makeLeastSquares,
  penguins,
  standardize,
  toOriginalLine,
  toStandardLine,
} from '../../../../src/core/data';

/** Plain full-batch gradient descent on a 2-parameter objective. */
function gd(J: ReturnType<typeof makeLeastSquares>, lr: number, steps: number): Float64Array {
  const p = Float64Array.from(J.start);
  const g = new Float64Array(2);
  for (let t = 0; t < steps; t++) {
    J.grad(p, g);
    p[0] = (p[0] ?? 0) - lr * (g[0] ?? 0);
    p[1] = (p[1] ?? 0) - lr * (g[1] ?? 0);
  }
  return p;
}

describe('the regression data sets', () => {
  it.each([
    [penguins, 342, 'Flipper length (mm)', /Gorman, Williams & Fraser \(2014\).*CC0.*palmerpenguins/],
    [cars, 392, 'Horsepower', /StatLib.*1983 American Statistical Association/],
  ])('has the rows of $id without missing values, labelled and credited', (d, n, xLabel, credit) => {
    expect(d.x.length).toBe(n);
    expect(d.y.length).toBe(n);
    expect(d.xLabel).toBe(xLabel);
    for (const v of [...d.x, ...d.y]) expect(Number.isFinite(v)).toBe(true);
    expect(d.credit).toMatch(credit);
    expect(d.credit).toMatch(/vega-datasets \(BSD-3-Clause\)/);
    expect(findRegressionData(d.id)).toBe(d);
  });

  it('starts with the first penguin of the source file', () => {
    expect([penguins.x[0], penguins.y[0]]).toEqual([181, 3750]);
    expect([cars.x[0], cars.y[0]]).toEqual([130, 18]);
    expect(findRegressionData('__proto__')).toBeUndefined();
  });
});

describe('closedFormLine', () => {
  it('matches a hand computation', () => {
    // x = 1, 2, 3, 4; y = 2, 3, 5, 6: mx = 2.5, my = 4, Sxy = 3 + 0.5 + 0.5 + 3 = 7, Sxx = 5
    // -> a = 7/5 = 1.4, b = 4 - 1.4 * 2.5 = 0.5.
    const line = closedFormLine([1, 2, 3, 4], [2, 3, 5, 6]);
    expect(line.a).toBeCloseTo(1.4, 14);
    expect(line.b).toBeCloseTo(0.5, 14);
  });

  it('recovers an exact line and rejects undetermined ones', () => {
    expect(closedFormLine([0, 1, 2], [1, 3, 5])).toEqual({ a: 2, b: 1 });
    expect(() => closedFormLine([2, 2, 2], [1, 2, 3])).toThrow(/zero variance/);
    expect(() => closedFormLine([1], [1])).toThrow(/n >= 2/);
  });

  it('gives the penguin line of about 49.7 g per mm of flipper', () => {
    const line = closedFormLine(penguins.x, penguins.y);
    expect(line.a).toBeCloseTo(49.686, 2);
    expect(line.b).toBeCloseTo(-5780.83, 1);
  });
});

describe('standardize', () => {
  it('gives mean 0, standard deviation 1, and maps lines back and forth', () => {
    const s = standardize(penguins.x, penguins.y, { x: true, y: true });
    const mean = s.x.reduce((u, v) => u + v, 0) / s.x.length;
    const sd = Math.sqrt(s.x.reduce((u, v) => u + v * v, 0) / s.x.length);
    expect(mean).toBeCloseTo(0, 12);
    expect(sd).toBeCloseTo(1, 12);
    const fitted = closedFormLine(s.x, s.y);
    const back = toOriginalLine(s.transform, fitted);
    const direct = closedFormLine(penguins.x, penguins.y);
    expect(back.a).toBeCloseTo(direct.a, 9);
    expect(back.b).toBeCloseTo(direct.b, 7);
    const there = toStandardLine(s.transform, back);
    expect(there.a).toBeCloseTo(fitted.a, 12);
    expect(there.b).toBeCloseTo(fitted.b, 12);
  });

  it('can standardise x alone', () => {
    const s = standardize(cars.x, cars.y, { x: true, y: false });
    expect(s.transform.yMean).toBe(0);
    expect(s.transform.yStd).toBe(1);
    expect(Array.from(s.y)).toEqual(Array.from(cars.y));
  });
});

describe('makeLeastSquares', () => {
  it('converges by gradient descent to the closed form within 1e-6 on standardised penguins', () => {
    const s = standardize(penguins.x, penguins.y);
    const J = makeLeastSquares(s.x, s.y, { id: 'penguins-std' });
    const p = gd(J, 1 / (J.lipschitz ?? 1), 200);
    expect(Math.abs((p[0] ?? 0) - J.solution.a)).toBeLessThan(1e-6);
    expect(Math.abs((p[1] ?? 0) - J.solution.b)).toBeLessThan(1e-6);
    const line = toOriginalLine(s.transform, { a: p[0] ?? 0, b: p[1] ?? 0 });
    const direct = closedFormLine(penguins.x, penguins.y);
    expect(line.a).toBeCloseTo(direct.a, 3);
  });

  it('has a round bowl (Hessian 2I) when standardised and a long thin valley on raw data', () => {
    const s = standardize(penguins.x, penguins.y);
    const Js = makeLeastSquares(s.x, s.y);
    expect(Js.lipschitz).toBeCloseTo(2, 12); // Hessian 2 I after standardising x
    const raw = makeLeastSquares(penguins.x, penguins.y);
    const H = raw.hessian?.([0, 0], new Float64Array(4)) ?? new Float64Array(4);
    const det = (H[0] ?? 0) * (H[3] ?? 0) - (H[1] ?? 0) ** 2;
    const L = raw.lipschitz ?? 0;
    const mu = det / L;
    expect(L / mu).toBeGreaterThan(1e4);
  });

  it('has an analytic gradient and Hessian that match central differences', () => {
    const J = makeLeastSquares(cars.x, cars.y);
    const g = new Float64Array(2);
    for (const p of [[0, 0], [-0.1, 40], [0.3, 10]]) {
      J.grad(p, g);
      for (let k = 0; k < 2; k++) {
        const h = 1e-6;
        const pp = [...p];
        const pm = [...p];
        pp[k] = (pp[k] ?? 0) + h;
        pm[k] = (pm[k] ?? 0) - h;
        const fd = (J.f(pp) - J.f(pm)) / (2 * h);
        expect(Math.abs((g[k] ?? 0) - fd)).toBeLessThan(1e-4 * (1 + Math.abs(fd)));
      }
    }
    expect(J.minima[0]?.point).toEqual([J.solution.a, J.solution.b]);
    expect(J.grad(J.minima[0]?.point ?? [], g).every((v) => Math.abs(v) < 1e-8)).toBe(true);
  });

  it('computes batch loss and gradient that average to the full ones over an epoch', () => {
    const J = makeLeastSquares([1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 5, 8]);
    const p = [0.7, -0.2];
    const all = [0, 1, 2, 3, 4, 5];
    expect(J.batchLoss(p, all)).toBeCloseTo(J.f(p), 14);
    const full = J.grad(p, new Float64Array(2));
    const g1 = J.batchGrad(p, [4, 0, 2], new Float64Array(2));
    const g2 = J.batchGrad(p, [1, 5, 3], new Float64Array(2));
    expect(((g1[0] ?? 0) + (g2[0] ?? 0)) / 2).toBeCloseTo(full[0] ?? NaN, 12);
    expect(((g1[1] ?? 0) + (g2[1] ?? 0)) / 2).toBeCloseTo(full[1] ?? NaN, 12);
  });

  it('writes n into its TeX and centres its domain on the minimum', () => {
    const J = makeLeastSquares(penguins.x, penguins.y);
    expect(J.tex).toContain('\\frac{1}{342}');
    expect((J.domain.x[0] + J.domain.x[1]) / 2).toBeCloseTo(J.solution.a, 9);
    expect((J.domain.y[0] + J.domain.y[1]) / 2).toBeCloseTo(J.solution.b, 6);
  });
});
