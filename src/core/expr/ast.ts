/** The functions a reader may call, each with its number of arguments. */
export type FnName = 'sin' | 'cos' | 'tan' | 'exp' | 'log' | 'sqrt' | 'abs' | 'tanh' | 'min' | 'max';

/** Binary operators, in the expression language's spelling. */
export type BinOp = '+' | '-' | '*' | '/' | '^';

/** A node of a parsed expression f(x, y). Plain data, safe to JSON-serialise. */
export type Node =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'var'; readonly name: 'x' | 'y' }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'neg'; readonly arg: Node }
  | { readonly kind: 'bin'; readonly op: BinOp; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly fn: FnName; readonly args: readonly Node[] };

/**
 * The function table. A Map, so a reader's name is never used as a property key
 * (no `constructor`, `__proto__` or `toString` surprises). `ln` is an alias of `log`.
 */
export const FUNCTIONS: ReadonlyMap<string, { readonly fn: FnName; readonly arity: 1 | 2 }> = new Map([
  ['sin', { fn: 'sin', arity: 1 }],
  ['cos', { fn: 'cos', arity: 1 }],
  ['tan', { fn: 'tan', arity: 1 }],
  ['exp', { fn: 'exp', arity: 1 }],
  ['log', { fn: 'log', arity: 1 }],
  ['ln', { fn: 'log', arity: 1 }],
  ['sqrt', { fn: 'sqrt', arity: 1 }],
  ['abs', { fn: 'abs', arity: 1 }],
  ['tanh', { fn: 'tanh', arity: 1 }],
  ['min', { fn: 'min', arity: 2 }],
  ['max', { fn: 'max', arity: 2 }],
] as const);

/** True if the subtree does not depend on x or y. */
export function isConstant(node: Node): boolean {
  switch (node.kind) {
    case 'num':
    case 'const':
      return true;
    case 'var':
      return false;
    case 'neg':
      return isConstant(node.arg);
    case 'bin':
      return isConstant(node.left) && isConstant(node.right);
    case 'call':
      return node.args.every(isConstant);
  }
}
