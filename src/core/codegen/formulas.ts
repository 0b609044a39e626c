/**
 * The book's surfaces as expression trees, for the code generator: each
 * built-in surface's formula and its closed-form gradient, written in the
 * playground's expression language and parsed (so the generator only ever
 * translates trees). A unit test holds each to the surface's own `f` and
 * `grad` (src/core/objectives).
 *
 *   builtinFormula('rosenbrock')?.f;  // the tree of (1 - x)^2 + 100 (y - x^2)^2
 *   quadraticFormula(makeQuadratic({ kappa: 25, angle: Math.PI / 6 }));
 */
import type { Node } from '../expr/ast';
import { parseOrThrow } from '../expr/parser';
import type { Objective } from '../types';
import type { CodeFormula } from './types';

/** Formula and gradient sources by surface id (the 2-D ones in x, y; the curves in x). */
const SOURCES: ReadonlyMap<string, { readonly label: string; readonly f: string; readonly grad: readonly string[] }> = new Map([
  ['rosenbrock', { label: 'Rosenbrock', f: '(1 - x)^2 + 100*(y - x^2)^2', grad: ['-2*(1 - x) - 400*x*(y - x^2)', '200*(y - x^2)'] }],
  [
    'beale',
    {
      label: 'Beale',
      f: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
      grad: [
        '2*((1.5 - x + x*y)*(y - 1) + (2.25 - x + x*y^2)*(y^2 - 1) + (2.625 - x + x*y^3)*(y^3 - 1))',
        '2*((1.5 - x + x*y)*x + (2.25 - x + x*y^2)*2*x*y + (2.625 - x + x*y^3)*3*x*y^2)',
      ],
    },
  ],
  ['himmelblau', { label: 'Himmelblau', f: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', grad: ['4*x*(x^2 + y - 11) + 2*(x + y^2 - 7)', '2*(x^2 + y - 11) + 4*y*(x + y^2 - 7)'] }],
  ['booth', { label: 'Booth', f: '(x + 2*y - 7)^2 + (2*x + y - 5)^2', grad: ['2*(x + 2*y - 7) + 4*(2*x + y - 5)', '4*(x + 2*y - 7) + 2*(2*x + y - 5)'] }],
  ['matyas', { label: 'Matyas', f: '0.26*(x^2 + y^2) - 0.48*x*y', grad: ['0.52*x - 0.48*y', '0.52*y - 0.48*x'] }],
  ['saddle', { label: 'Saddle', f: 'x^2 - y^2', grad: ['2*x', '-2*y'] }],
  ['monkey-saddle', { label: 'Monkey saddle', f: 'x^3 - 3*x*y^2', grad: ['3*x^2 - 3*y^2', '-6*x*y'] }],
  ['two-well', { label: 'Two wells', f: '(x^2 - 1)^2 + 0.3*x + y^2', grad: ['4*x*(x^2 - 1) + 0.3', '2*y'] }],
  [
    'rastrigin',
    {
      label: 'Rastrigin',
      f: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
      grad: ['2*x + 10*(2*pi)*sin(2*pi*x)', '2*y + 10*(2*pi)*sin(2*pi*y)'],
    },
  ],
  [
    'six-hump-camel',
    {
      label: 'Six-hump camel',
      f: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (4*y^2 - 4)*y^2',
      grad: ['8*x - 8.4*x^3 + 2*x^5 + y', 'x - 8*y + 16*y^3'],
    },
  ],
  [
    'dipped-slope',
    {
      label: 'Slope with a dip',
      f: '0.15*(x - 2)*(x - 2) - 0.5*exp(-((x + 1)*(x + 1))/0.08) + 0.5*y*y',
      grad: ['2*0.15*(x - 2) + 2*0.5*(x + 1)/0.08*exp(-((x + 1)*(x + 1))/0.08)', '2*0.5*y'],
    },
  ],
  ['parabola', { label: 'Parabola', f: 'x^2', grad: ['2*x'] }],
  ['quartic', { label: 'Quartic', f: 'x^4 - 3*x^2 + x', grad: ['4*x^3 - 6*x + 1'] }],
  ['hiking', { label: 'Hiking trail', f: '0.15*x^2 + sin(2*x)', grad: ['0.3*x + 2*cos(2*x)'] }],
]);

/** Ids of the surfaces `builtinFormula` knows. */
export const FORMULA_IDS: readonly string[] = [...SOURCES.keys()];

/** A built-in surface's formula and gradient as trees, or undefined for one with none (the volcano: a data grid). */
export function builtinFormula(id: string, label?: string): CodeFormula | undefined {
  const s = SOURCES.get(id);
  if (!s) return undefined;
  const dim = s.grad.length === 1 ? 1 : 2;
  return { label: label ?? s.label, dim, f: parseOrThrow(s.f), grad: s.grad.map((g) => parseOrThrow(g)) };
}

const n = (value: number): Node => ({ kind: 'num', value });
const v = (name: 'x' | 'y'): Node => ({ kind: 'var', name });
const bin = (op: '+' | '-' | '*' | '^', left: Node, right: Node): Node => ({ kind: 'bin', op, left, right });

/**
 * A quadratic bowl f = 1/2 (a11 x^2 + 2 a12 x y + a22 y^2) from its (constant)
 * Hessian, as `makeQuadratic` builds it: the formula and gradient
 * (a11 x + a12 y, a12 x + a22 y) in the same operation order as the core's.
 */
export function quadraticFormula(objective: Pick<Objective, 'label' | 'hessian'>): CodeFormula {
  const h = new Float64Array(4);
  if (!objective.hessian) throw new Error('quadraticFormula: the objective has no Hessian');
  objective.hessian([0, 0], h);
  const [a11, a12, , a22] = h as unknown as [number, number, number, number];
  const x = v('x');
  const y = v('y');
  // 0.5 * (a11 * x * x + 2 a12 * x * y + a22 * y * y), left to right as the core evaluates it.
  const term = (c: number, u: Node, w: Node): Node => bin('*', bin('*', n(c), u), w);
  const f = bin('*', n(0.5), bin('+', bin('+', term(a11, x, x), term(2 * a12, x, y)), term(a22, y, y)));
  return {
    label: objective.label,
    dim: 2,
    f,
    grad: [bin('+', bin('*', n(a11), x), bin('*', n(a12), y)), bin('+', bin('*', n(a12), x), bin('*', n(a22), y))],
  };
}

/** A reader's own formula (the playground's parsed tree); its gradient is derived by the generator. */
export function expressionFormula(ast: Node, label = 'your function'): CodeFormula {
  return { label, dim: 2, f: ast };
}

/**
 * The formula of a surface record: the table's for a named surface, the
 * Hessian's for a quadratic bowl (`makeQuadratic`, id `quadratic…`), else
 * undefined (the volcano: a data grid).
 */
export function formulaOf(objective: Objective): CodeFormula | undefined {
  const known = builtinFormula(objective.id);
  if (known) return known;
  if (/^quadratic(-|$)/.test(objective.id)) return quadraticFormula(objective);
  return undefined;
}
