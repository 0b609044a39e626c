/**
 * Symbolic derivatives of expression trees, for the NumPy scripts' hand-written
 * gradients: d/dx and d/dy of a formula as trees again, with the obvious
 * simplifications (0 and 1 factors, constant folding) so that the printed
 * derivative reads as one would write it. The rules follow the core's
 * forward-mode tape (../expr/compile.ts) term by term (a power with a constant
 * exponent is c u^(c-1) u', a general power b a^(b-1) a' + a^b ln(a) b', a
 * quotient (a' - (a/b) b') / b), so the two agree to rounding wherever the
 * formula is smooth.
 *
 *   derivative(parseOrThrow('x^2*y'), 'x'); // the tree of 2*x*y
 */
import { isConstant, type BinOp, type FnName, type Node } from '../expr/ast';
import { compile } from '../expr/compile';

/**
 * A derivative's tree: the expression language's nodes, plus the two the
 * language lacks: sign(u) (the slope of |u|) and the slope of min / max
 * (the smaller / larger branch's, their average at a tie, as the core).
 */
export type DNode =
  | Exclude<Node, { kind: 'neg' } | { kind: 'bin' } | { kind: 'call' }>
  | { readonly kind: 'neg'; readonly arg: DNode }
  | { readonly kind: 'bin'; readonly op: BinOp; readonly left: DNode; readonly right: DNode }
  | { readonly kind: 'call'; readonly fn: FnName | 'sign'; readonly args: readonly DNode[] }
  | { readonly kind: 'pick'; readonly fn: 'min' | 'max'; readonly a: DNode; readonly b: DNode; readonly da: DNode; readonly db: DNode };

const num = (value: number): DNode => ({ kind: 'num', value });
const ZERO = num(0);
const ONE = num(1);
const isNum = (d: DNode, value: number): boolean => d.kind === 'num' && Object.is(d.value, value);
const isZero = (d: DNode): boolean => d.kind === 'num' && d.value === 0;

/** True if the tree does not depend on x or y. */
export function isConstantD(d: DNode): boolean {
  switch (d.kind) {
    case 'pick':
      return false;
    case 'call':
      return d.args.every(isConstantD);
    case 'neg':
      return isConstantD(d.arg);
    case 'bin':
      return isConstantD(d.left) && isConstantD(d.right);
    case 'var':
      return false;
    case 'num':
    case 'const':
      return true;
  }
}

function neg(a: DNode): DNode {
  if (a.kind === 'num') return num(-a.value);
  if (a.kind === 'neg') return a.arg;
  return { kind: 'neg', arg: a };
}
function add(a: DNode, b: DNode): DNode {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  if (b.kind === 'neg') return sub(a, b.arg);
  return { kind: 'bin', op: '+', left: a, right: b };
}
function sub(a: DNode, b: DNode): DNode {
  if (isZero(b)) return a;
  if (isZero(a)) return neg(b);
  if (b.kind === 'neg') return add(a, b.arg);
  return { kind: 'bin', op: '-', left: a, right: b };
}
/** A product where a zero factor gives zero, as the core's chain rule. */
function mul(a: DNode, b: DNode): DNode {
  if (isZero(a) || isZero(b)) return ZERO;
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (isNum(a, -1)) return neg(b);
  if (isNum(b, -1)) return neg(a);
  if (a.kind === 'num' && b.kind === 'num') return num(a.value * b.value);
  if (a.kind === 'neg') return neg(mul(a.arg, b));
  if (b.kind === 'neg') return neg(mul(a, b.arg));
  return { kind: 'bin', op: '*', left: a, right: b };
}
function div(a: DNode, b: DNode): DNode {
  if (isZero(a)) return ZERO;
  if (isNum(b, 1)) return a;
  if (a.kind === 'neg') return neg(div(a.arg, b));
  return { kind: 'bin', op: '/', left: a, right: b };
}
function pow(a: DNode, c: number): DNode {
  if (c === 1) return a;
  if (c === 0) return ONE;
  return { kind: 'bin', op: '^', left: a, right: num(c) };
}
const call = (fn: FnName | 'sign', ...args: DNode[]): DNode => ({ kind: 'call', fn, args });

/** The value of a constant tree, as the core folds it. */
const fold = (node: Node): number => compile(node)(0, 0);

/**
 * The partial derivative of `node` in `v`, simplified. Constant subtrees are
 * kept as they are (the printer folds or writes them).
 */
export function derivative(node: Node, v: 'x' | 'y'): DNode {
  if (isConstant(node)) return ZERO;
  switch (node.kind) {
    case 'num':
    case 'const':
      return ZERO;
    case 'var':
      return node.name === v ? ONE : ZERO;
    case 'neg':
      return neg(derivative(node.arg, v));
    case 'bin': {
      const { left: a, right: b } = node;
      const da = derivative(a, v);
      const db = derivative(b, v);
      switch (node.op) {
        case '+':
          return add(da, db);
        case '-':
          return sub(da, db);
        case '*':
          return add(mul(da, b), mul(a, db));
        case '/':
          return isZero(db) ? div(da, b) : div(sub(da, mul(div(a, b), db)), b);
        case '^': {
          if (isConstant(b)) {
            const c = fold(b);
            return mul(mul(num(c), pow(a, c - 1)), da);
          }
          const powerRule = mul(mul(b, { kind: 'bin', op: '^', left: a, right: sub(b, ONE) }), da);
          const expRule = mul(mul({ kind: 'bin', op: '^', left: a, right: b }, call('log', a)), db);
          return add(powerRule, expRule);
        }
      }
    }
    // eslint-disable-next-line no-fallthrough
    case 'call': {
      if (node.kind !== 'call') return ZERO;
      const a: Node = node.args[0] ?? { kind: 'num', value: 0 };
      const da = derivative(a, v);
      switch (node.fn) {
        case 'sin':
          return mul(call('cos', a), da);
        case 'cos':
          return neg(mul(call('sin', a), da));
        case 'tan':
          return mul(add(ONE, pow(call('tan', a), 2)), da);
        case 'exp':
          return mul(call('exp', a), da);
        case 'log':
          return div(da, a);
        case 'sqrt':
          return div(da, mul(num(2), call('sqrt', a)));
        case 'abs':
          return mul(call('sign', a), da);
        case 'tanh':
          return mul(sub(ONE, pow(call('tanh', a), 2)), da);
        case 'min':
        case 'max': {
          const b: Node = node.args[1] ?? { kind: 'num', value: 0 };
          const db = derivative(b, v);
          if (isZero(da) && isZero(db)) return ZERO;
          return { kind: 'pick', fn: node.fn, a, b, da, db };
        }
      }
    }
  }
}
