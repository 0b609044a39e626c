import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  builtinFormula,
  derivative,
  type DNode,
  expressionFormula,
  FORMULA_IDS,
  formulaOf,
  numpyScript,
  pyExpr,
  pyFloat,
  pytorchScript,
  quadraticFormula,
  runsCsv,
  runsJson,
  simulate,
  type CodeSpec,
} from '~/core/codegen';
import { compile, makeTape, parseExpression, parseObjective, type Node } from '~/core/expr';
import { getObjective, makeQuadratic, type ObjectiveId } from '~/core/objectives';
import { OPTIMIZER_IDS, OPTIMIZERS, resolveParams, type OptimizerId } from '~/core/optimizers';
import { dippedSlope, rosenbrock } from '~/core/objectives';
import { DEFAULT_BOUND } from '~/core/runner';
import { runCoordinateDescent } from '~/core/coordinate-descent';
import { BOUND } from '~/core/codegen/common';

const close = (a: number, b: number, tol = 1e-12): boolean => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

function spec(over: Partial<CodeSpec> = {}): CodeSpec {
  return {
    title: 'Figure 5.6, The optimizer race',
    url: 'https://downhill.example/chapters/momentum-adam/?s=rosenbrock#race',
    formula: builtinFormula('rosenbrock')!,
    objective: rosenbrock,
    start: [-1.2, 1],
    steps: 50,
    stop: { gradNorm: 1e-8 },
    runs: [{ id: 'adam', label: 'Adam', optimizer: { id: 'adam', params: { lr: 0.1 } } }],
    ...over,
  };
}

describe('surface formulas', () => {
  it('each built-in formula and its gradient agree with the surface record', () => {
    for (const id of FORMULA_IDS) {
      const o = id === 'dipped-slope' ? dippedSlope : getObjective(id as ObjectiveId);
      const fm = builtinFormula(id)!;
      const f = compile(fm.f);
      const gs = fm.grad!.map((g) => compile(g));
      const tape = makeTape(fm.f);
      for (let k = 0; k < 40; k++) {
        const p = [Math.sin(k * 1.7) * 2.5, Math.cos(k * 0.9) * 2.5].slice(0, o.dim);
        const g = o.grad(p, new Float64Array(o.dim));
        expect(close(f(p[0]!, p[1] ?? 0), o.f(p)), `${id} f at ${p}`).toBe(true);
        const out = tape.grad(p[0]!, p[1] ?? 0, new Float64Array(3));
        for (let i = 0; i < o.dim; i++) {
          expect(close(gs[i]!(p[0]!, p[1] ?? 0), g[i]!, 1e-11), `${id} closed-form grad ${i} at ${p}`).toBe(true);
          expect(close(out[1 + i]!, g[i]!, 1e-10), `${id} grad of the formula ${i} at ${p}`).toBe(true);
        }
      }
    }
  });

  it('a quadratic bowl is written from its Hessian', () => {
    const q = makeQuadratic({ kappa: 25, angle: Math.PI / 6, id: 'ravine', label: 'Ravine' });
    const fm = quadraticFormula(q);
    const f = compile(fm.f);
    const gx = compile(fm.grad![0]!);
    const gy = compile(fm.grad![1]!);
    for (const [x, y] of [[1, 2], [-2.47, -0.73], [0.3, -1]] as const) {
      expect(f(x, y)).toBe(q.f([x, y]));
      const g = q.grad([x, y], new Float64Array(2));
      expect(gx(x, y)).toBe(g[0]);
      expect(gy(x, y)).toBe(g[1]);
    }
    expect(formulaOf(getObjective('quadratic'))?.f).toBeDefined();
    expect(formulaOf(getObjective('volcano'))).toBeUndefined();
  });
});

/** Random expression trees in x and y, over the whole grammar. */
const leaf: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom<Node>({ kind: 'var', name: 'x' }, { kind: 'var', name: 'y' }, { kind: 'const', name: 'pi' }, { kind: 'const', name: 'e' }),
  fc.double({ min: -5, max: 5, noNaN: true }).map((value): Node => ({ kind: 'num', value })),
);
const tree: fc.Arbitrary<Node> = fc.letrec<{ n: Node }>((tie) => ({
  n: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ kind: fc.constant('neg' as const), arg: tie('n') }),
    fc.record({ kind: fc.constant('bin' as const), op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const, '^' as const), left: tie('n'), right: tie('n') }),
    fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom('sin' as const, 'cos' as const, 'tan' as const, 'exp' as const, 'log' as const, 'sqrt' as const, 'abs' as const, 'tanh' as const), args: fc.tuple(tie('n')) }),
    fc.record({ kind: fc.constant('call' as const), fn: fc.constantFrom('min' as const, 'max' as const), args: fc.tuple(tie('n'), tie('n')) }),
  ),
})).n;

/** Every token a printed expression may contain: names from fixed tables, numbers, operators. */
const TOKEN = /\s*(?:torch\.(?:sin|cos|tanh|tan|exp|log|sqrt|abs|minimum|maximum|sign|tensor)|np\.(?:sin|cos|tanh|tan|exp|log|sqrt|abs|minimum|maximum|sign)|math\.(?:pi|e|inf|nan)|np\.(?:pi|e|inf|nan)|if|else|x|y|\d+(?:\.\d+)?(?:e[+-]?\d+)?|\*\*|[-+*/(),<>])/y;
function onlyTokens(s: string): boolean {
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const at = TOKEN.lastIndex;
    if (!TOKEN.exec(s) || TOKEN.lastIndex === at) return false;
  }
  return true;
}

/** A derivative tree's value (the core's compiler for the grammar's nodes; sign and min / max slopes by hand). */
function evalD(d: DNode, x: number, y: number): number {
  switch (d.kind) {
    case 'pick': {
      const a = evalD(d.a, x, y);
      const b = evalD(d.b, x, y);
      const da = evalD(d.da, x, y);
      const db = evalD(d.db, x, y);
      const first = d.fn === 'min' ? a < b : a > b;
      return a === b ? (da + db) / 2 : first ? da : db;
    }
    case 'call':
      if (d.fn === 'sign') return Math.sign(evalD(d.args[0]!, x, y));
      return compile({ kind: 'call', fn: d.fn, args: d.args.map((a) => ({ kind: 'num', value: evalD(a, x, y) })) })(x, y);
    case 'neg':
      return -evalD(d.arg, x, y);
    case 'bin':
      return compile({ kind: 'bin', op: d.op, left: { kind: 'num', value: evalD(d.left, x, y) }, right: { kind: 'num', value: evalD(d.right, x, y) } })(x, y);
    default:
      return compile(d)(x, y);
  }
}

describe('expressions as Python', () => {
  it('prints only names from fixed tables, numbers and operators (property)', () => {
    fc.assert(
      fc.property(tree, (t) => {
        for (const lib of ['torch', 'np'] as const) {
          expect(onlyTokens(pyExpr(t, lib)), pyExpr(t, lib)).toBe(true);
          expect(onlyTokens(pyExpr(derivative(t, 'x'), lib)), 'derivative').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('numbers read back exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const s = pyFloat(v);
        expect(/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(s), s).toBe(true);
        expect(Number(s)).toBe(Object.is(v, -0) ? -0 : v);
      }),
    );
  });

  it('the symbolic derivative agrees with the core tape where the formula is smooth', () => {
    for (const src of ['x^2*y + sin(x*y)', 'exp(-(x^2+y^2)) / (1 + x^2)', 'sqrt(1 + x^2 + y^4) * log(2 + y^2)', 'tanh(x - y)^3 + tan(x/4)', '(1.5 + cos(x))^(1 + y^2/4)', 'abs(x - 3) + max(y, 2 - y)^2']) {
      const r = parseExpression(src);
      if (!r.ok) throw new Error(src);
      const tape = makeTape(r.ast);
      const d = (['x', 'y'] as const).map((v) => derivative(r.ast, v));
      for (const [x, y] of [[0.3, 0.7], [1.1, -0.4], [-0.8, 1.9]] as const) {
        const out = tape.grad(x, y, new Float64Array(3));
        expect(close(evalD(d[0]!, x, y), out[1]!, 1e-12), `${src} d/dx at ${x}, ${y}: ${pyExpr(d[0]!, 'np')}`).toBe(true);
        expect(close(evalD(d[1]!, x, y), out[2]!, 1e-12), `${src} d/dy at ${x}, ${y}: ${pyExpr(d[1]!, 'np')}`).toBe(true);
      }
    }
  });
});

/** Random hyperparameters of an optimizer, valid for it. */
function randomParams(id: OptimizerId): fc.Arbitrary<Record<string, unknown>> {
  const unit = fc.double({ min: 0, max: 0.999, noNaN: true });
  const pos = fc.double({ min: 1e-6, max: 3, noNaN: true });
  switch (id) {
    case 'gd':
      return fc.record({ lr: pos });
    case 'sgd':
      return fc.record({ lr: pos, momentum: unit, dampening: fc.double({ min: 0, max: 1, noNaN: true }), weightDecay: unit, nesterov: fc.boolean() }).map((p) => (p.nesterov ? { ...p, momentum: Math.max(p.momentum, 0.1), dampening: 0 } : p));
    case 'momentum-ema':
      return fc.record({ lr: pos, beta: unit });
    case 'adagrad':
      return fc.record({ lr: pos, lrDecay: unit, weightDecay: unit, initialAccumulatorValue: unit, eps: pos });
    case 'rmsprop':
      return fc.record({ lr: pos, alpha: unit, eps: pos, weightDecay: unit, momentum: unit, centered: fc.boolean() });
    case 'adam':
    case 'adamw':
      return fc.record({ lr: pos, beta1: unit, beta2: unit, eps: pos, weightDecay: unit, amsgrad: fc.boolean(), biasCorrection: fc.boolean() });
  }
}

const TORCH_NAMES: Readonly<Record<string, string>> = { weightDecay: 'weight_decay', lrDecay: 'lr_decay', initialAccumulatorValue: 'initial_accumulator_value' };

/** The keyword arguments of the optimizer call in a script, parsed back. */
function kwargs(script: string, pattern: RegExp): Record<string, string> {
  const inner = script.split('\n').map((l) => pattern.exec(l)?.[1]).find((m) => m !== undefined);
  if (inner === undefined) throw new Error(`no optimizer line in\n${script}`);
  const out: Record<string, string> = {};
  for (const m of inner.matchAll(/(\w+)=(\([^)]*\)|[^,]+)/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

describe('scripts', () => {
  it("print the runner's default bound when a figure gives none", () => {
    expect(BOUND).toBe(DEFAULT_BOUND);
    expect(pytorchScript(spec({ stop: {} }))).toContain('BOUND = 1000000.0');
  });

  it('round-trip every hyperparameter of every optimizer (property)', () => {
    for (const id of OPTIMIZER_IDS) {
      fc.assert(
        fc.property(randomParams(id), (params) => {
          const s = spec({ runs: [{ id, label: id, optimizer: { id, params } }] });
          const resolved = resolveParams(id, params) as unknown as Record<string, unknown>;
          for (const [script, pattern] of [
            [pytorchScript(s), /^opt = [\w.]+\(\[w\], (.*)\)$/],
            [numpyScript(s), /^descend\(.*?, [A-Z]\w*\((.*)\), lr_at\w*\)$/],
          ] as const) {
            const kw = kwargs(script, pattern);
            const line = script.split('\n').find((l) => pattern.test(l)) ?? '';
            for (const [name, value] of Object.entries(resolved)) {
              if (name === 'biasCorrection') {
                expect(line.includes('AdamWithoutBiasCorrection') || line.includes('bias_correction=False'), line).toBe(!value);
                continue;
              }
              const key = TORCH_NAMES[name] ?? name;
              const got = kw[key];
              if (name === 'betas') {
                const [b1, b2] = value as [number, number];
                expect(got, line).toBe(`(${pyFloat(b1)}, ${pyFloat(b2)})`);
              } else if (typeof value === 'boolean') {
                expect(got, `${id}.${name} in ${line}`).toBe(value ? 'True' : 'False');
              } else {
                expect(Number(got), `${id}.${name} in ${line}`).toBe(value);
              }
            }
          }
        }),
        { numRuns: 40 },
      );
    }
    expect(Object.keys(OPTIMIZERS)).toEqual([...OPTIMIZER_IDS]);
  });

  it('text from the figure (title, link, labels) reaches comments only, one line each', () => {
    const nasty = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(nasty, nasty, nasty, (title, url, label) => {
        const base = spec();
        const evil = spec({ title, url, formula: { ...base.formula, label }, runs: [{ id: label, label, optimizer: { id: 'adam', params: { lr: 0.1 } } }] });
        for (const gen of [pytorchScript, numpyScript]) {
          const code = (t: string): string[] => t.split('\n').filter((l) => !l.trimStart().startsWith('#') && !l.includes('"""The loss surface'));
          const a = code(gen(base)).map((l) => l.replace(/"[a-z0-9-]*"/g, '"id"'));
          const b = code(gen(evil)).map((l) => l.replace(/"[a-z0-9-]*"/g, '"id"'));
          expect(b).toEqual(a);
          for (const l of gen(evil).split('\n')) expect(/[\r\u2028\u2029\u0085\f\v]/.test(l), JSON.stringify(l)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a formula that tries to smuggle code in does not parse; what parses prints as a tree', () => {
    for (const src of ['__import__("os").system("ls")', 'x; import os', 'x\nimport os', 'exec("1")', 'x if y else 1', 'lambda: 1', 'x.__class__', '"x"', 'x # comment']) {
      expect(parseObjective(src).ok, src).toBe(false);
    }
    const r = parseObjective('sin(x)^2 + 2xy'.replace('xy', 'x*y'));
    if (!r.ok) throw new Error('parse');
    const s = spec({ formula: expressionFormula(r.ast), objective: r.objective, start: [1, 1] });
    expect(pytorchScript(s)).toContain('return torch.sin(x)**2 + 2*x*y');
    expect(numpyScript(s)).toContain('return np.array([2*np.sin(x)*np.cos(x) + 2*y, 2*x], dtype=float)');
  });

  it('name the exact state, the torch class, the scheduler and the stopping rule', () => {
    const s = spec({ runs: [{ id: 'sgd', label: 'SGD', optimizer: { id: 'sgd', params: { lr: 0.002, momentum: 0.9, nesterov: true } }, schedule: { kind: 'cosine-restarts', T0: 25, Tmult: 2 } }], stop: { gradNorm: 1e-8, patience: 20 } });
    const t = pytorchScript(s);
    expect(t).toContain('# This exact state: https://downhill.example/chapters/momentum-adam/?s=rosenbrock#race');
    expect(t).toContain('opt = torch.optim.SGD([w], lr=0.002, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=True)');
    expect(t).toContain('sched = torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(opt, T_0=25, T_mult=2, eta_min=0.0)');
    expect(t).toContain('GRAD_TOL = 1e-8');
    expect(t).toContain('PATIENCE = 20');
    expect(t.split('\n').length).toBeLessThan(120);
    const n = numpyScript(s);
    expect(n).toContain('def lr_at(base, t):');
    expect(n).toContain('SGD(lr=0.002, momentum=0.9, dampening=0.0, weight_decay=0.0, nesterov=True)');
    expect(n).not.toContain('import torch');
  });

  it('momentum-ema and Adam without bias correction are written out (torch 1.13 has no class)', () => {
    const s = spec({
      runs: [
        { id: 'ema', label: 'Momentum', optimizer: { id: 'momentum-ema', params: { lr: 0.01, beta: 0.9 } } },
        { id: 'raw', label: 'Adam, no correction', optimizer: { id: 'adamw', params: { lr: 0.01, biasCorrection: false } } },
      ],
    });
    const t = pytorchScript(s);
    expect(t).toContain('class EmaMomentum(torch.optim.Optimizer):');
    expect(t).toContain('torch.optim has no class for it');
    expect(t).toContain('opt = AdamWithoutBiasCorrection([w], lr=0.01, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01, amsgrad=False, decoupled=True)');
  });

  it('simulates coordinate descent as core/coordinate-descent.ts runs it, point for point', () => {
    const s = spec({ runs: [{ id: 'cd', label: 'CD', optimizer: { id: 'gd', params: { lr: 0.002 } }, coordinate: true, steps: 60 }] });
    const rows = simulate(s)[0]!.rows;
    const cd = runCoordinateDescent({ objective: rosenbrock, lr: 0.002, start: [-1.2, 1], sweeps: 30 });
    expect(rows.flatMap((r) => r.x)).toEqual(Array.from(cd.positions));
    expect(pytorchScript(s)).toContain('coordinate_descent(w, 0.002, 60)');
    expect(() => pytorchScript(spec({ runs: [{ id: 'x', label: 'x', optimizer: { id: 'adam', params: {} }, coordinate: true }] }))).toThrow(/coordinate descent/);
  });

  it('simulate gives the rows the scripts print; CSV and JSON carry them', () => {
    const s = spec({ runs: [{ id: 'adam', label: 'Adam', optimizer: { id: 'adam', params: { lr: 0.1 } } }, { id: 'adam', label: 'Adam 2', optimizer: { id: 'adam', params: { lr: 0.05 } } }] });
    const runs = simulate(s, { state: true });
    expect(runs.map((r) => r.id)).toEqual(['adam', 'adam-2']);
    expect(runs[0]!.rows).toHaveLength(51);
    expect(runs[0]!.rows[3]!.state?.['m']).toHaveLength(2);
    const csv = runsCsv(s, runs).split('\n');
    expect(csv[0]).toBe('optimizer,step,lr,x,y,loss,grad_norm');
    expect(csv[1]).toBe(`adam,0,0.1,-1.2,1,${rosenbrock.f([-1.2, 1])},${runs[0]!.rows[0]!.gradNorm}`);
    const json = JSON.parse(runsJson(s, runs)) as { url: string; runs: { params: { lr: number }; rows: { state?: unknown }[] }[] };
    expect(json.url).toBe(s.url);
    expect(json.runs[1]!.params.lr).toBe(0.05);
    expect(json.runs[0]!.rows[1]!.state).toBeDefined();
  });
});
