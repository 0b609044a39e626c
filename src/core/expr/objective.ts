import type { Domain, Objective, Point } from '../types';
import type { Node } from './ast';
import { compile, makeTape } from './compile';
import type { ExprError } from './errors';
import { parseExpression } from './parser';
import { toTex } from './tex';

/** Options for {@link parseObjective}. */
export interface CustomObjectiveOptions {
  readonly id?: string;
  readonly label?: string;
  readonly domain?: Domain;
  readonly start?: Point;
}

/** Result of {@link parseObjective}: an Objective, or the first error in the source. */
export type ParseObjectiveResult =
  | { readonly ok: true; readonly objective: Objective; readonly ast: Node }
  | { readonly ok: false; readonly error: ExprError };

const DEFAULT_DOMAIN: Domain = { x: [-3, 3], y: [-3, 3] };

/**
 * Turns a reader's formula f(x, y) into an Objective: value by compiled
 * closures, gradient and Hessian by forward-mode automatic differentiation
 * (exact up to rounding, no finite differences). Minima are unknown, so the
 * list is empty. Values may be non-finite (log(0), 9^9^9 = Infinity); the runner
 * reports those as divergence. Never throws on bad input.
 *
 *   const r = parseObjective('x^2 + 10*y^2');
 *   if (r.ok) r.objective.grad([1, 1], new Float64Array(2)); // [2, 20]
 */
export function parseObjective(source: string, options: CustomObjectiveOptions = {}): ParseObjectiveResult {
  const parsed = parseExpression(source);
  if (!parsed.ok) return parsed;
  const { ast } = parsed;
  const f = compile(ast);
  const tape = makeTape(ast);
  const scratch = new Float64Array(6);
  const domain = options.domain ?? DEFAULT_DOMAIN;
  const objective: Objective = {
    id: options.id ?? 'custom',
    label: options.label ?? source.trim(),
    tex: `f(x,y) = ${toTex(ast)}`,
    dim: 2,
    f: (w) => f(w[0] ?? 0, w[1] ?? 0),
    grad: (w, out) => {
      tape.grad(w[0] ?? 0, w[1] ?? 0, scratch);
      out[0] = scratch[1] ?? NaN;
      out[1] = scratch[2] ?? NaN;
      return out;
    },
    hessian: (w, out) => {
      tape.hessian(w[0] ?? 0, w[1] ?? 0, scratch);
      out[0] = scratch[3] ?? NaN;
      out[1] = scratch[4] ?? NaN;
      out[2] = scratch[4] ?? NaN;
      out[3] = scratch[5] ?? NaN;
      return out;
    },
    domain,
    minima: [],
    start: options.start ?? [
      domain.x[0] + 0.8 * (domain.x[1] - domain.x[0]),
      domain.y[0] + 0.75 * (domain.y[1] - domain.y[0]),
    ],
  };
  return { ok: true, objective, ast };
}
