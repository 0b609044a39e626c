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
  new Map([...'0123456789'].map((d, i) => [d, '⁰¹²³⁴⁵⁶⁷⁸⁹'[i] ?? d] as [string, string]).concat([['-', '⁻']])))();

/**
 * A number as the book writes it: true minus signs, and exponents as 2e51 and
 * 2.5e−7 (like the readouts), never 2e+51 or Infinity. Reads back exactly.
 */
function num(v: number): string {
  const { negative, digits, exponent, finite } = numberParts(v);
  const body = !finite ? (Number.isNaN(v) ? '—' : '∞') : exponent === null ? digits : `${digits}e${exponent < 0 ? '\u2212' : ''}${Math.abs(exponent)}`;
  return negative ? `\u2212${body}` : body;
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
  switch (node.kind) {
    case 'num':
      return num(node.value);
    case 'var':
      return node.name;
    case 'const':
      return node.name === 'pi' ? 'π' : 'e';
    case 'neg': {
      const inner = toPlain(node.arg);
      return `\u2212${prec(node.arg) <= 3 ? `(${inner})` : inner}`;
    }
    case 'call': {
      const args = node.args.map(toPlain);
      if (node.fn === 'abs') return `|${args[0] ?? ''}|`;
      if (node.fn === 'sqrt') return `√(${args[0] ?? ''})`;
      return `${node.fn === 'log' ? 'ln' : node.fn}(${args.join(', ')})`;
    }
    case 'bin': {
      const { op, left, right } = node;
      if (op === '^') {
        const base = toPlain(left);
        const wrap = prec(left) < 5 || (left.kind === 'num' && (left.value < 0 || numberParts(left.value).exponent !== null));
        const b = wrap ? `(${base})` : base;
        const small =
          (right.kind === 'num' && Number.isInteger(right.value) && Math.abs(right.value) < 1000) ||
          (right.kind === 'neg' && right.arg.kind === 'num' && Number.isInteger(right.arg.value) && right.arg.value < 1000);
        if (small) {
          const v = right.kind === 'num' ? right.value : -(right.kind === 'neg' && right.arg.kind === 'num' ? right.arg.value : 0);
          return b + [...String(v)].map((c) => SUPERSCRIPT.get(c) ?? c).join('');
        }
        const exp = toPlain(right);
        return `${b}^${prec(right) < 5 ? `(${exp})` : exp}`;
      }
      const l = toPlain(left);
      const r = toPlain(right);
      if (op === '+' || op === '-') {
        const rWrap = (prec(right) <= 1 && op === '-') || right.kind === 'neg';
        return `${l} ${op === '-' ? '\u2212' : '+'} ${rWrap ? `(${r})` : r}`;
      }
      const lt = prec(left) < 2 || left.kind === 'neg' ? `(${l})` : l;
      if (op === '/') {
        const rt = prec(right) <= 3 || (right.kind === 'bin' && right.op !== '^') ? `(${r})` : r;
        return `${lt} / ${rt}`;
      }
      const rt = prec(right) <= 3 ? `(${r})` : r;
      const juxtapose = left.kind === 'num' && Number.isFinite(left.value) && (rt !== r || startsWithSymbol(right) || rt.startsWith('('));
      return juxtapose ? `${lt}${rt}` : `${lt} · ${rt}`;
    }
  }
}
