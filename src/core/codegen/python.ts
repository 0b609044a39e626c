/**
 * Expression trees as Python source, for the generated scripts: torch ops
 * (`torch.sin`, `**`) or NumPy ones (`np.sin`). Everything printed comes from
 * the tree: variable names are x and y, function names come from a fixed table,
 * and numbers are printed by `pyNumber` (digits, '.', 'e', a sign), so no text a
 * reader typed can reach the script. Brackets follow the tree exactly (x + (y + 1)
 * keeps its brackets), so Python evaluates in the core's order.
 *
 *   pyExpr(parseOrThrow('sin(x)^2 - x y'), 'torch'); // 'torch.sin(x)**2 - x*y'
 */
import type { Node } from '../expr/ast';
import { compile } from '../expr/compile';
import { isConstantD, type DNode } from './diff';

export type Lib = 'torch' | 'np';

const FN: ReadonlyMap<string, string> = new Map([
  ['sin', 'sin'],
  ['cos', 'cos'],
  ['tan', 'tan'],
  ['exp', 'exp'],
  ['log', 'log'],
  ['sqrt', 'sqrt'],
  ['abs', 'abs'],
  ['tanh', 'tanh'],
  ['min', 'minimum'],
  ['max', 'maximum'],
  ['sign', 'sign'],
]);

/**
 * A float64 as a Python literal that reads back to the same number: the
 * shortest round-trip digits (JavaScript's and Python's repr agree; exponent
 * form below 1e-4, as Python's), integers
 * below 10^15 without a decimal point, larger ones in exponent form (a Python
 * int that big would overflow torch's int64), and `math.inf` / `math.nan`
 * (`np.inf` in NumPy scripts) for the rest.
 */
export function pyNumber(v: number, lib: Lib = 'torch'): string {
  const m = lib === 'torch' ? 'math' : 'np';
  if (Number.isNaN(v)) return `${m}.nan`;
  if (!Number.isFinite(v)) return v > 0 ? `${m}.inf` : `-${m}.inf`;
  if (Object.is(v, -0)) return '-0.0';
  if (Number.isInteger(v)) return Math.abs(v) < 1e15 ? String(v) : v.toExponential();
  // Small numbers in exponent form from 1e-4 down, as Python prints them (1e-6, not 0.000001).
  return Math.abs(v) < 1e-4 ? v.toExponential() : String(v);
}

/** A float64 as a Python float literal (1.0, not 1): for hyperparameters and starts. */
export function pyFloat(v: number, lib: Lib = 'torch'): string {
  const s = pyNumber(v, lib);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/** Text safe inside a `#` comment or a docstring: one line, no control characters, no quotes that end a docstring. */
export function commentText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, ' ').replace(/"""/g, '"  "').trim();
}

interface Out {
  readonly s: string;
  /** Python binding strength: 1 sum, 2 product, 3 unary minus, 4 power, 5 atom. */
  readonly p: number;
}

const paren = (o: Out, min: number): string => (o.p >= min ? o.s : `(${o.s})`);

/** True if a constant tree prints exactly as the core folds it in plain float arithmetic (no division by zero, no powers, no calls). */
function safeConstant(d: DNode): boolean {
  switch (d.kind) {
    case 'num':
    case 'const':
      return true;
    case 'neg':
      return safeConstant(d.arg);
    case 'bin':
      return (d.op === '+' || d.op === '-' || d.op === '*') && safeConstant(d.left) && safeConstant(d.right);
    default:
      return false;
  }
}

function numberOut(v: number, lib: Lib): Out {
  const s = pyNumber(v, lib);
  return { s, p: s.startsWith('-') ? 3 : 5 };
}

function emit(d: DNode, lib: Lib): Out {
  // A constant subtree: written out when plain float arithmetic gives the core's folded value (2*pi), else folded.
  if (d.kind !== 'num' && d.kind !== 'const' && isConstantD(d) && !safeConstant(d)) return numberOut(compile(d as Node)(0, 0), lib);
  switch (d.kind) {
    case 'num':
      return numberOut(d.value, lib);
    case 'const':
      return { s: `${lib === 'torch' ? 'math' : 'np'}.${d.name === 'pi' ? 'pi' : 'e'}`, p: 5 };
    case 'var':
      return { s: d.name === 'x' ? 'x' : 'y', p: 5 };
    case 'neg':
      return { s: `-${paren(emit(d.arg, lib), 4)}`, p: 3 };
    case 'bin': {
      const l = emit(d.left, lib);
      const r = emit(d.right, lib);
      switch (d.op) {
        case '+':
        case '-':
          // A sum on the right keeps its brackets (the tree's order), and so does anything starting with a minus sign.
          return { s: `${paren(l, 1)} ${d.op} ${r.p === 1 || r.p === 3 || r.s.startsWith('-') ? `(${r.s})` : r.s}`, p: 1 };
        case '*':
        case '/':
          return { s: `${paren(l, 2)}${d.op}${paren(r, 4)}`, p: 2 };
        case '^':
          return { s: `${paren(l, 5)}**${paren(r, 4)}`, p: 4 };
      }
    }
    // eslint-disable-next-line no-fallthrough
    case 'call': {
      if (d.kind !== 'call') break;
      const name = FN.get(d.fn) ?? 'nan';
      const args = d.args.map((a) => {
        const o = emit(a, lib);
        // torch.minimum / maximum take tensors only.
        return lib === 'torch' && (d.fn === 'min' || d.fn === 'max') && isConstantD(a) ? `torch.tensor(${o.s})` : o.s;
      });
      return { s: `${lib}.${name}(${args.join(', ')})`, p: 5 };
    }
    case 'pick': {
      // The slope of min(a, b): the smaller branch's, the average of both at a tie (as the core).
      const a = emit(d.a, lib).s;
      const b = emit(d.b, lib).s;
      const da = emit(d.da, lib).s;
      const db = emit(d.db, lib).s;
      const tie = emit(tieSlope(d.da, d.db), lib).s;
      const lt = d.fn === 'min' ? '<' : '>';
      const gt = d.fn === 'min' ? '>' : '<';
      return { s: `(${da} if ${a} ${lt} ${b} else ${db} if ${a} ${gt} ${b} else ${tie})`, p: 5 };
    }
  }
  return { s: `${lib === 'torch' ? 'math' : 'np'}.nan`, p: 5 };
}

/** (da + db) / 2, the slope at a tie, with 0 terms and numbers folded (0 + d is d exactly). */
function tieSlope(da: DNode, db: DNode): DNode {
  if (da.kind === 'num' && db.kind === 'num') return { kind: 'num', value: (da.value + db.value) / 2 };
  const sum: DNode = da.kind === 'num' && da.value === 0 ? db : db.kind === 'num' && db.value === 0 ? da : { kind: 'bin', op: '+', left: da, right: db };
  return { kind: 'bin', op: '/', left: sum, right: { kind: 'num', value: 2 } };
}

/** The tree as one Python expression in x and y. */
export function pyExpr(d: DNode | Node, lib: Lib): string {
  return emit(d as DNode, lib).s;
}
