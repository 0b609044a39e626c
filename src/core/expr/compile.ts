import { isConstant, type BinOp, type Node } from './ast';

/** f(x, y) as a plain closure. */
export type Evaluator = (x: number, y: number) => number;

/**
 * Compiles an expression tree into nested closures, folding constant subtrees
 * first (so `9^9^9` becomes the number Infinity once, at compile time). No
 * code is generated from text: every node maps to a fixed closure via a switch.
 *
 *   compile(parseOrThrow('x^2 + y'))(3, 1); // 10
 */
export function compile(node: Node): Evaluator {
  if (node.kind !== 'num' && isConstant(node)) {
    const c = compile0(node)(0, 0);
    return () => c;
  }
  return compile0(node);
}

function compile0(node: Node): Evaluator {
  switch (node.kind) {
    case 'num': {
      const v = node.value;
      return () => v;
    }
    case 'const': {
      const v = node.name === 'pi' ? Math.PI : Math.E;
      return () => v;
    }
    case 'var':
      return node.name === 'x' ? (x) => x : (_x, y) => y;
    case 'neg': {
      const a = compile(node.arg);
      return (x, y) => -a(x, y);
    }
    case 'bin':
      return binary(node.op, compile(node.left), compile(node.right));
    case 'call': {
      const a = compile(node.args[0] ?? { kind: 'num', value: NaN });
      switch (node.fn) {
        case 'sin':
          return (x, y) => Math.sin(a(x, y));
        case 'cos':
          return (x, y) => Math.cos(a(x, y));
        case 'tan':
          return (x, y) => Math.tan(a(x, y));
        case 'exp':
          return (x, y) => Math.exp(a(x, y));
        case 'log':
          return (x, y) => Math.log(a(x, y));
        case 'sqrt':
          return (x, y) => Math.sqrt(a(x, y));
        case 'abs':
          return (x, y) => Math.abs(a(x, y));
        case 'tanh':
          return (x, y) => Math.tanh(a(x, y));
        case 'min':
        case 'max': {
          const b = compile(node.args[1] ?? { kind: 'num', value: NaN });
          return node.fn === 'min' ? (x, y) => Math.min(a(x, y), b(x, y)) : (x, y) => Math.max(a(x, y), b(x, y));
        }
      }
    }
  }
}

function binary(op: BinOp, a: Evaluator, b: Evaluator): Evaluator {
  switch (op) {
    case '+':
      return (x, y) => a(x, y) + b(x, y);
    case '-':
      return (x, y) => a(x, y) - b(x, y);
    case '*':
      return (x, y) => a(x, y) * b(x, y);
    case '/':
      return (x, y) => a(x, y) / b(x, y);
    case '^':
      return (x, y) => Math.pow(a(x, y), b(x, y));
  }
}

// ---------------------------------------------------------------------------
// Forward-mode automatic differentiation to second order, on a flat tape.

/** Instruction codes of the tape. */
const Op = {
  Num: 0,
  X: 1,
  Y: 2,
  Neg: 3,
  Add: 4,
  Sub: 5,
  Mul: 6,
  Div: 7,
  Pow: 8,
  PowConst: 9,
  Sin: 10,
  Cos: 11,
  Tan: 12,
  Exp: 13,
  Log: 14,
  Sqrt: 15,
  Abs: 16,
  Tanh: 17,
  Min: 18,
  Max: 19,
} as const;
type Op = (typeof Op)[keyof typeof Op];

const UNARY: ReadonlyMap<string, Op> = /* @__PURE__ */ (() =>
  new Map<string, Op>([
    ['sin', Op.Sin],
    ['cos', Op.Cos],
    ['tan', Op.Tan],
    ['exp', Op.Exp],
    ['log', Op.Log],
    ['sqrt', Op.Sqrt],
    ['abs', Op.Abs],
    ['tanh', Op.Tanh],
  ]))();

/**
 * A compiled derivative program: the expression in post-order as instructions
 * over slots, with scratch arrays for the value and its first and second
 * partial derivatives in every slot. Evaluating it allocates nothing.
 */
export interface Tape {
  /** Value, df/dx, df/dy at (x, y); writes [f, fx, fy] into out. */
  grad(x: number, y: number, out: Float64Array): Float64Array;
  /** Value, gradient and Hessian: writes [f, fx, fy, fxx, fxy, fyy] into out. */
  hessian(x: number, y: number, out: Float64Array): Float64Array;
  /** Number of instructions. */
  readonly length: number;
}

/**
 * A product in the chain rule, where zero times anything is zero. A factor that
 * is exactly 0 is a derivative that does not move (or a value that vanishes), so
 * its term contributes nothing even if the other factor is infinite or undefined:
 * d/dx √(ln y) is ∞ · 0 = 0, and √(x⁴ + y⁴) has gradient (0, 0) at the origin,
 * where plain IEEE arithmetic gives NaN. Only products that would be NaN change
 * (and a −0 becomes 0).
 */
const mul = (p: number, q: number): number => (p === 0 || q === 0 ? 0 : p * q);
const mul3 = (p: number, q: number, r: number): number => (p === 0 || q === 0 || r === 0 ? 0 : p * q * r);
/** n / d with a zero numerator giving zero (the quotient rule's counterpart of `mul`). */
const quot = (n: number, d: number): number => (n === 0 ? 0 : n / d);
/** s · ln a with s = 0 giving zero: a^s ln a tends to 0 as a^s does (0^b = 0 for b > 0). */
const xlog = (s: number, la: number): number => (s === 0 ? 0 : s * la);

/**
 * Builds the derivative tape of an expression: each node becomes one
 * instruction whose value, gradient and Hessian follow from its operands' by the
 * chain rule (forward mode with hyper-dual numbers: Griewank & Walther,
 * Evaluating Derivatives, SIAM 2008, ch. 13). Constant subtrees are folded.
 *
 * Where the formula is not smooth the tape follows fixed conventions:
 * - a chain-rule term with an exactly zero factor is zero (see `mul`), so a
 *   partial derivative ignores whatever the other variable does, and a
 *   singular function of a flat inner one is flat: (x² + y²)^0.75 has gradient
 *   (0, 0) and an infinite Hessian at the origin. This is a convention, not a
 *   limit: where two singular factors meet it can read 0 for a one-sided slope
 *   (√x · √x at 0), and where the inner function is flat to second order the
 *   Hessian reads 0 (√(x⁴ + y⁴) at the origin, which has none);
 * - powers a^b use b a^(b−1) a' + a^b ln(a) b', so x^y at (−2, 2) has d/dx = −4
 *   and d/dy = NaN (ln of a negative base);
 * - |u| has slope 0 at u = 0, and min/max at a tie take the average of the two
 *   branches' gradients and Hessians: the midpoint of the subgradients, which is
 *   also what a central difference gives (max(x, y) at (1, 1) has gradient (½, ½));
 * - where the value is NaN or infinite, every derivative is NaN.
 *
 *   const t = makeTape(parseOrThrow('x*y')); t.grad(2, 3, out); // [6, 3, 2]
 */
export function makeTape(root: Node): Tape {
  const ops: Op[] = [];
  const argA: number[] = [];
  const argB: number[] = [];
  const consts: number[] = [];
  const emit = (op: Op, a = -1, b = -1, c = 0): number => {
    ops.push(op);
    argA.push(a);
    argB.push(b);
    consts.push(c);
    return ops.length - 1;
  };
  const visit = (node: Node): number => {
    if (node.kind !== 'num' && isConstant(node)) return emit(Op.Num, -1, -1, compile(node)(0, 0));
    switch (node.kind) {
      case 'num':
        return emit(Op.Num, -1, -1, node.value);
      case 'const':
        return emit(Op.Num, -1, -1, node.name === 'pi' ? Math.PI : Math.E);
      case 'var':
        return emit(node.name === 'x' ? Op.X : Op.Y);
      case 'neg':
        return emit(Op.Neg, visit(node.arg));
      case 'bin': {
        if (node.op === '^' && isConstant(node.right)) {
          return emit(Op.PowConst, visit(node.left), -1, compile(node.right)(0, 0));
        }
        const a = visit(node.left);
        const b = visit(node.right);
        const op: Op = node.op === '+' ? Op.Add : node.op === '-' ? Op.Sub : node.op === '*' ? Op.Mul : node.op === '/' ? Op.Div : Op.Pow;
        return emit(op, a, b);
      }
      case 'call': {
        const a = visit(node.args[0] ?? { kind: 'num', value: NaN });
        if (node.fn === 'min' || node.fn === 'max') {
          const b = visit(node.args[1] ?? { kind: 'num', value: NaN });
          return emit(node.fn === 'min' ? Op.Min : Op.Max, a, b);
        }
        return emit(UNARY.get(node.fn) ?? Op.Num, a);
      }
    }
  };
  visit(root);

  const n = ops.length;
  const code = Uint8Array.from(ops);
  const A = Int32Array.from(argA);
  const B = Int32Array.from(argB);
  const K = Float64Array.from(consts);
  const v = new Float64Array(n);
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  const hxx = new Float64Array(n);
  const hxy = new Float64Array(n);
  const hyy = new Float64Array(n);

  /** Runs the tape; with second = false the Hessian slots are left stale. */
  const run = (x: number, y: number, second: boolean): void => {
    for (let k = 0; k < n; k++) {
      const op = (code[k] ?? 0) as Op;
      const a = A[k] ?? 0;
      const b = B[k] ?? 0;
      // Unary ops set g0 (value), g1 (first derivative), g2 (second) and share the chain rule below.
      let g0 = 0;
      let g1 = 0;
      let g2 = 0;
      switch (op) {
        case Op.Num:
          v[k] = K[k] ?? 0;
          gx[k] = gy[k] = hxx[k] = hxy[k] = hyy[k] = 0;
          continue;
        case Op.X:
        case Op.Y:
          v[k] = op === Op.X ? x : y;
          gx[k] = op === Op.X ? 1 : 0;
          gy[k] = op === Op.X ? 0 : 1;
          hxx[k] = hxy[k] = hyy[k] = 0;
          continue;
        case Op.Add:
        case Op.Sub: {
          const s = op === Op.Add ? 1 : -1;
          v[k] = v[a]! + s * v[b]!;
          gx[k] = gx[a]! + s * gx[b]!;
          gy[k] = gy[a]! + s * gy[b]!;
          if (second) {
            hxx[k] = hxx[a]! + s * hxx[b]!;
            hxy[k] = hxy[a]! + s * hxy[b]!;
            hyy[k] = hyy[a]! + s * hyy[b]!;
          }
          continue;
        }
        case Op.Mul: {
          const va = v[a]!;
          const vb = v[b]!;
          const ax = gx[a]!;
          const ay = gy[a]!;
          const bx = gx[b]!;
          const by = gy[b]!;
          v[k] = va * vb;
          gx[k] = mul(ax, vb) + mul(va, bx);
          gy[k] = mul(ay, vb) + mul(va, by);
          if (second) {
            hxx[k] = mul(hxx[a]!, vb) + 2 * mul(ax, bx) + mul(va, hxx[b]!);
            hxy[k] = mul(hxy[a]!, vb) + mul(ax, by) + mul(ay, bx) + mul(va, hxy[b]!);
            hyy[k] = mul(hyy[a]!, vb) + 2 * mul(ay, by) + mul(va, hyy[b]!);
          }
          continue;
        }
        case Op.Div: {
          // q = a / b, from a = q b: q' = (a' - q b') / b, q'' = (a'' - 2 q' b' - q b'') / b.
          const vb = v[b]!;
          const q = v[a]! / vb;
          const qx = quot(gx[a]! - mul(q, gx[b]!), vb);
          const qy = quot(gy[a]! - mul(q, gy[b]!), vb);
          v[k] = q;
          gx[k] = qx;
          gy[k] = qy;
          if (second) {
            hxx[k] = quot(hxx[a]! - 2 * mul(qx, gx[b]!) - mul(q, hxx[b]!), vb);
            hxy[k] = quot(hxy[a]! - mul(qx, gy[b]!) - mul(qy, gx[b]!) - mul(q, hxy[b]!), vb);
            hyy[k] = quot(hyy[a]! - 2 * mul(qy, gy[b]!) - mul(q, hyy[b]!), vb);
          }
          continue;
        }
        case Op.Pow: {
          // p = a^b as a function of two arguments: p_a = b a^(b-1), p_b = a^b ln a, and
          // the second-order chain rule f'' = p_aa a'^2 + 2 p_ab a' b' + p_bb b'^2 + p_a a'' + p_b b''.
          // Unlike exp(b ln a) this keeps d/da finite for a negative or zero base.
          const va = v[a]!;
          const vb = v[b]!;
          const ax = gx[a]!;
          const ay = gy[a]!;
          const bx = gx[b]!;
          const by = gy[b]!;
          const p = Math.pow(va, vb);
          const la = Math.log(va);
          const q = Math.pow(va, vb - 1);
          const pa = mul(vb, q);
          const pb = xlog(p, la);
          v[k] = p;
          gx[k] = mul(pa, ax) + mul(pb, bx);
          gy[k] = mul(pa, ay) + mul(pb, by);
          if (second) {
            const paa = mul3(vb, vb - 1, Math.pow(va, vb - 2));
            const pab = q === 0 ? 0 : q + mul(vb, xlog(q, la));
            const pbb = xlog(pb, la);
            hxx[k] = mul3(paa, ax, ax) + 2 * mul3(pab, ax, bx) + mul3(pbb, bx, bx) + mul(pa, hxx[a]!) + mul(pb, hxx[b]!);
            hxy[k] = mul3(paa, ax, ay) + mul3(pab, ax, by) + mul3(pab, ay, bx) + mul3(pbb, bx, by) + mul(pa, hxy[a]!) + mul(pb, hxy[b]!);
            hyy[k] = mul3(paa, ay, ay) + 2 * mul3(pab, ay, by) + mul3(pbb, by, by) + mul(pa, hyy[a]!) + mul(pb, hyy[b]!);
          }
          continue;
        }
        case Op.Min:
        case Op.Max: {
          const va = v[a]!;
          const vb = v[b]!;
          v[k] = op === Op.Min ? Math.min(va, vb) : Math.max(va, vb);
          if (va === vb) {
            // A tie: not differentiable; take the midpoint of the two one-sided slopes.
            gx[k] = (gx[a]! + gx[b]!) / 2;
            gy[k] = (gy[a]! + gy[b]!) / 2;
            if (second) {
              hxx[k] = (hxx[a]! + hxx[b]!) / 2;
              hxy[k] = (hxy[a]! + hxy[b]!) / 2;
              hyy[k] = (hyy[a]! + hyy[b]!) / 2;
            }
            continue;
          }
          const pick = (op === Op.Min ? va < vb : va > vb) ? a : b;
          gx[k] = gx[pick]!;
          gy[k] = gy[pick]!;
          hxx[k] = hxx[pick]!;
          hxy[k] = hxy[pick]!;
          hyy[k] = hyy[pick]!;
          continue;
        }
        case Op.Neg:
          g0 = -v[a]!;
          g1 = -1;
          break;
        case Op.PowConst: {
          const u = v[a]!;
          const c = K[k]!;
          g0 = Math.pow(u, c);
          // mul: u^0 is 1 for every u, so its slope is 0 even at u = 0, where u^-1 is infinite.
          g1 = mul(c, Math.pow(u, c - 1));
          g2 = mul3(c, c - 1, Math.pow(u, c - 2));
          break;
        }
        case Op.Sin:
          g0 = Math.sin(v[a]!);
          g1 = Math.cos(v[a]!);
          g2 = -g0;
          break;
        case Op.Cos:
          g0 = Math.cos(v[a]!);
          g1 = -Math.sin(v[a]!);
          g2 = -g0;
          break;
        case Op.Tan:
          g0 = Math.tan(v[a]!);
          g1 = 1 + g0 * g0;
          g2 = 2 * g0 * g1;
          break;
        case Op.Exp:
          g0 = g1 = g2 = Math.exp(v[a]!);
          break;
        case Op.Log:
          g0 = Math.log(v[a]!);
          g1 = 1 / v[a]!;
          g2 = -g1 * g1;
          break;
        case Op.Sqrt:
          g0 = Math.sqrt(v[a]!);
          g1 = 0.5 / g0;
          g2 = -g1 / (2 * v[a]!);
          break;
        case Op.Abs:
          g0 = Math.abs(v[a]!);
          g1 = Math.sign(v[a]!);
          break;
        case Op.Tanh:
          g0 = Math.tanh(v[a]!);
          g1 = 1 - g0 * g0;
          g2 = -2 * g0 * g1;
          break;
      }
      const ux = gx[a]!;
      const uy = gy[a]!;
      v[k] = g0;
      gx[k] = mul(g1, ux);
      gy[k] = mul(g1, uy);
      if (second) {
        hxx[k] = mul3(g2, ux, ux) + mul(g1, hxx[a]!);
        hxy[k] = mul3(g2, ux, uy) + mul(g1, hxy[a]!);
        hyy[k] = mul3(g2, uy, uy) + mul(g1, hyy[a]!);
      }
    }
  };
  const last = n - 1;
  /** Copies the root's value and first `count` derivatives; none exist where the value is not finite. */
  const read = (out: Float64Array, count: number): Float64Array => {
    const f = v[last]!;
    out[0] = f;
    const ok = Number.isFinite(f);
    out[1] = ok ? gx[last]! : NaN;
    out[2] = ok ? gy[last]! : NaN;
    if (count > 2) {
      out[3] = ok ? hxx[last]! : NaN;
      out[4] = ok ? hxy[last]! : NaN;
      out[5] = ok ? hyy[last]! : NaN;
    }
    return out;
  };
  return {
    length: n,
    grad(x, y, out) {
      run(x, y, false);
      return read(out, 2);
    },
    hessian(x, y, out) {
      run(x, y, true);
      return read(out, 5);
    },
  };
}
