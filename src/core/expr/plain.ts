import type { Node } from './ast';
import { numberParts } from './number';

/** Binding strength when printed: higher binds tighter (as in tex.ts). */
function prec(node: Node): number {
  switch (node.kind) {
    case 'bin':
      return node.op === '+' || node.op === '-' ? 1 : node.op === '^' ? 4 : 2;
    case 'neg':
      return 3;
    default:
      return 5;
  }
}

const SUPERSCRIPT: ReadonlyMap<string, string> = /* @__PURE__ */ (() =>
  new Map([...'0123456789'].map((d, i) => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i] ?? d] as [string, string])))();

/**
 * A number as the book writes it: true minus signs, and exponents as 2e51 and
 * 2.5e−7 (like the readouts), never 2e+51 or Infinity. Reads back exactly.
 */
function num(v: number): string {
  const { negative, digits, exponent, finite } = numberParts(v);
  const body = !finite ? (Number.isNaN(v) ? '—' : '∞') : exponent === null ? digits : `${digits}e${exponent < 0 ? '\u2212' : ''}${Math.abs(exponent)}`;
  return negative ? `\u2212${body}` : body;
}

/**
 * A whole-number exponent below 1000 in superscript digits, else null: 2 as ²,
 * and the negation −(1) as ⁻¹, which the parser reads back as that negation
 * (x⁻¹ is x^-1; −(0) too, as ⁻⁰).
 */
function superscript(node: Node): string | null {
  const whole = (v: number): boolean => Number.isInteger(v) && Math.abs(v) < 1000;
  const digits = (v: number): string => [...String(Math.abs(v))].map((c) => SUPERSCRIPT.get(c) ?? c).join('');
  if (node.kind === 'num' && whole(node.value)) return (node.value < 0 ? '\u207b' : '') + digits(node.value);
  if (node.kind === 'neg' && node.arg.kind === 'num' && whole(node.arg.value) && node.arg.value >= 0 && !Object.is(node.arg.value, -0)) {
    return '\u207b' + digits(node.arg.value);
  }
  return null;
}

/** True if the printed node starts with a letter or bracket, so "2x" juxtaposition reads right. */
function startsWithSymbol(node: Node): boolean {
  switch (node.kind) {
    case 'var':
    case 'const':
    case 'call':
      return true;
    case 'bin':
      return (node.op === '^' || node.op === '*') && startsWithSymbol(node.left);
    default:
      return false;
  }
}

/**
 * A readable one-line rendering of an expression for the page (no TeX, no
 * HTML): the fewest brackets that keep the meaning, the true minus sign, "·"
 * for products (juxtaposition for a number times a symbol: 2x), π, numbers in
 * the book's form (2e51, 2.5e−7), and superscript digits for whole-number
 * powers (x², y⁻¹); other powers print as ^( ).
 *
 *   toPlain(parseOrThrow('(1 - x)^2 + 100*(y - x^2)^2')); // "(1 − x)² + 100(y − x²)²"
 */
export function toPlain(node: Node): string {
  return plain(node, false);
}

/**
 * `inBars` is true inside |…| (until a function's brackets): there a number is
 * not run into a bar, since |2|x|| would close the outer bar after the 2.
 */
function plain(node: Node, inBars: boolean): string {
  const sub = (child: Node): string => plain(child, inBars);
  switch (node.kind) {
    case 'num':
      return num(node.value);
    case 'var':
      return node.name;
    case 'const':
      return node.name === 'pi' ? 'π' : 'e';
    case 'neg': {
      const inner = sub(node.arg);
      return `\u2212${prec(node.arg) <= 3 ? `(${inner})` : inner}`;
    }
    case 'call': {
      if (node.fn === 'abs') return `|${node.args[0] ? plain(node.args[0], true) : ''}|`;
      const args = node.args.map((a) => plain(a, false));
      if (node.fn === 'sqrt') return `√(${args[0] ?? ''})`;
      return `${node.fn === 'log' ? 'ln' : node.fn}(${args.join(', ')})`;
    }
    case 'bin': {
      const { op, left, right } = node;
      if (op === '^') {
        const base = sub(left);
        const wrap = prec(left) < 5 || (left.kind === 'num' && (left.value < 0 || numberParts(left.value).exponent !== null));
        const b = wrap ? `(${base})` : base;
        const power = superscript(right);
        if (power !== null) return b + power;
        const exp = sub(right);
        return `${b}^${prec(right) < 5 ? `(${exp})` : exp}`;
      }
      const l = sub(left);
      const r = sub(right);
      if (op === '+' || op === '-') {
        // A sum on the right keeps its brackets even after +: x + (y + 1) is not the tree x + y + 1.
        const rWrap = prec(right) <= 1 || right.kind === 'neg';
        return `${l} ${op === '-' ? '\u2212' : '+'} ${rWrap ? `(${r})` : r}`;
      }
      const lt = prec(left) < 2 || left.kind === 'neg' ? `(${l})` : l;
      if (op === '/') {
        const rt = prec(right) <= 3 || (right.kind === 'bin' && right.op !== '^') ? `(${r})` : r;
        return `${lt} / ${rt}`;
      }
      const rt = prec(right) <= 3 ? `(${r})` : r;
      const juxtapose =
        left.kind === 'num' && Number.isFinite(left.value) && (rt !== r || startsWithSymbol(right) || rt.startsWith('(')) && !(inBars && rt.startsWith('|'));
      return juxtapose ? `${lt}${rt}` : `${lt} · ${rt}`;
    }
  }
}
