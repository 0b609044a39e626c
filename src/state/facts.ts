/**
 * Exercises that are checked against a figure's state. A widget publishes plain
 * "facts" about what it shows (`{ lr: 0.4, steps: 8, status: 'converged' }`);
 * an exercise declares, as plain data, the conditions its answer must meet
 * (`[{ fact: 'steps', lt: 10 }, { fact: 'status', eq: 'converged' }]`). Pure:
 * no functions cross from MDX into islands, and everything is unit-tested.
 *
 *   meets({ steps: 8 }, [{ fact: 'steps', lt: 10 }]) // { ok: true, failed: [] }
 */
export type Fact = number | string | boolean;
export type Facts = Readonly<Record<string, Fact>>;

export interface Condition {
  readonly fact: string;
  readonly eq?: Fact;
  readonly lt?: number;
  readonly le?: number;
  readonly gt?: number;
  readonly ge?: number;
  /** |fact - near| <= tol */
  readonly near?: number;
  readonly tol?: number;
  /** What to tell the reader when this condition fails. */
  readonly hint?: string;
}

export interface Verdict {
  readonly ok: boolean;
  readonly failed: readonly Condition[];
}

/** Whether one condition holds for the facts. Missing or non-finite facts never satisfy a numeric test. */
export function holds(facts: Facts, c: Condition): boolean {
  const v = Object.prototype.hasOwnProperty.call(facts, c.fact) ? facts[c.fact] : undefined;
  if (v === undefined) return false;
  if (c.eq !== undefined && v !== c.eq) return false;
  const numeric = c.lt !== undefined || c.le !== undefined || c.gt !== undefined || c.ge !== undefined || c.near !== undefined;
  if (!numeric) return true;
  if (typeof v !== 'number' || !Number.isFinite(v)) return false;
  if (c.lt !== undefined && !(v < c.lt)) return false;
  if (c.le !== undefined && !(v <= c.le)) return false;
  if (c.gt !== undefined && !(v > c.gt)) return false;
  if (c.ge !== undefined && !(v >= c.ge)) return false;
  if (c.near !== undefined && !(Math.abs(v - c.near) <= (c.tol ?? 1e-9))) return false;
  return true;
}

/** Check every condition; list the ones that failed. */
export function meets(facts: Facts, conditions: readonly Condition[]): Verdict {
  const failed = conditions.filter((c) => !holds(facts, c));
  return { ok: failed.length === 0, failed };
}

/** Read a typed number the forgiving way: spaces, a leading +, a comma as decimal separator, U+2212 minus. */
export function parseAnswer(text: string): number | null {
  const t = text.trim().replace(/\u2212/g, '-').replace(/^\+/, '');
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(normal)) return null;
  const v = Number(normal);
  return Number.isFinite(v) ? v : null;
}
