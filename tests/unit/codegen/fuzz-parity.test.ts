/**
 * The expression printer and the symbolic derivative under real Python: random
 * formulas over the playground's grammar, printed as torch and NumPy
 * expressions, evaluated by /usr/bin/python3 at a few points; their values,
 * the NumPy hand-written gradient and torch's autograd gradient match the
 * core's compiled value and tape gradient (1e-9, as the parity test). Skipped
 * locally without torch, failing in CI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivative, pyExpr } from '~/core/codegen';
import { compile, makeTape, type Node } from '~/core/expr';
import { pythonVersions, runScripts } from './python';

const versions = pythonVersions();
const ci = process.env['CI'] === 'true' || process.env['CI'] === '1' || process.env['DOWNHILL_REQUIRE_TORCH'] === '1';

const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom<Node>({ kind: 'var', name: 'x' }, { kind: 'var', name: 'y' }, { kind: 'const', name: 'pi' }, { kind: 'const', name: 'e' }),
  fc.integer({ min: -40, max: 40 }).map((k): Node => ({ kind: 'num', value: k / 8 })),
);
const tree: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    leaf,
    fc.record({ kind: fc.constant('neg' as const), arg: tie('n') }),
    fc.record({ kind: fc.constant('bin' as const), op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const), left: tie('n'), right: tie('n') }),
    fc.record({ kind: fc.constant('bin' as const), op: fc.constant('^' as const), left: tie('n'), right: fc.integer({ min: -2, max: 4 }).map((value): Node => ({ kind: 'num', value })) }),
    fc.record({ kind: fc.constant('bin' as const), op: fc.constant('^' as const), left: fc.constant<Node>({ kind: 'num', value: 1.5 }), right: tie('n') }),
    fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom('sin' as const, 'cos' as const, 'tanh' as const, 'exp' as const, 'abs' as const, 'sqrt' as const, 'log' as const), args: fc.tuple(tie('n')) }),
    fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom('min' as const, 'max' as const), args: fc.tuple(tie('n'), tie('n')) }),
  ),
})).n;

const POINTS = [
  [0.37, -0.61],
  [1.13, 0.29],
  [-0.83, 1.41],
] as const;

describe.skipIf(!versions.ok && !ci)('random formulas in torch and NumPy match the core', () => {
  it('values and gradients (NumPy by hand, torch by autograd)', { timeout: 120_000 }, () => {
    expect(versions.ok).toBe(true);
    const trees = fc.sample(tree, { numRuns: 400, seed: 20 });
    const cases: { t: Node; x: number; y: number; f: number; gx: number; gy: number }[] = [];
    for (const t of trees) {
      const f = compile(t);
      const tape = makeTape(t);
      for (const [x, y] of POINTS) {
        const out = tape.grad(x, y, new Float64Array(3));
        const ok = [f(x, y), out[1]!, out[2]!].every((v) => Number.isFinite(v) && Math.abs(v) < 1e8);
        if (ok) cases.push({ t, x, y, f: f(x, y), gx: out[1]!, gy: out[2]! });
      }
    }
    expect(cases.length).toBeGreaterThan(300);
    const lines = ['import json, math', 'import numpy as np', 'import torch', 'torch.set_default_dtype(torch.float64)', 'np.seterr(all="ignore")', 'out = []'];
    for (const c of cases) {
      const gx = pyExpr(derivative(c.t, 'x'), 'np');
      const gy = pyExpr(derivative(c.t, 'y'), 'np');
      lines.push(
        `x, y = np.float64(${c.x}), np.float64(${c.y})`,
        `n = [float(${pyExpr(c.t, 'np')}), float(${gx}), float(${gy})]`,
        `w = torch.tensor([${c.x}, ${c.y}], requires_grad=True)`,
        'x, y = w',
        `v = ${pyExpr(c.t, 'torch')}`,
        'v = v if torch.is_tensor(v) else torch.tensor(float(v), requires_grad=True)',
        'g = torch.autograd.grad(v, w, allow_unused=True)[0] if v.requires_grad else None',
        'out.append(n + [v.item()] + (g.tolist() if g is not None else [0.0, 0.0]))',
      );
    }
    lines.push('print(json.dumps(out))');
    const res = runScripts(new Map([['fuzz', lines.join('\n') + '\n']])).get('fuzz');
    if (!res?.ok) throw new Error(res?.error ?? 'no output');
    const got = JSON.parse(res.stdout.replace(/\bNaN\b/g, 'null').replace(/-?Infinity/g, 'null')) as (number | null)[][];
    const dev = (a: number | null, b: number): number => (a === null ? Infinity : Math.abs(a - b) / Math.max(1, Math.abs(b)));
    let worst = 0;
    const bad: string[] = [];
    for (const [i, c] of cases.entries()) {
      const [nf, ngx, ngy, tf, tgx, tgy] = got[i] ?? [];
      const d = [dev(nf ?? null, c.f), dev(ngx ?? null, c.gx), dev(ngy ?? null, c.gy), dev(tf ?? null, c.f), dev(tgx ?? null, c.gx), dev(tgy ?? null, c.gy)];
      const m = Math.max(...d);
      worst = Math.max(worst, m);
      if (m > 1e-9) bad.push(`${pyExpr(c.t, 'np')} at (${c.x}, ${c.y}): numpy ${nf}, ${ngx}, ${ngy}; torch ${tf}, ${tgx}, ${tgy}; core ${c.f}, ${c.gx}, ${c.gy}`);
    }
    console.log(`fuzz parity: ${cases.length} cases, largest deviation ${worst}`);
    expect(bad.slice(0, 5), `${bad.length} of ${cases.length} differ`).toEqual([]);
  });
});
