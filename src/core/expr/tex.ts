import type { Node } from './ast';
import { numberParts } from './number';

/** Binding strength of a node when printed: higher binds tighter. */
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

const paren = (s: string): string => `\\left(${s}\\right)`;

/**
 * A number literal as TeX, with the book's thresholds for powers of ten
 * (2 \times 10^{51}, 10^{-7}) and the shortest digits that give the number back.
 */
function texNum(v: number): string {
  if (Number.isNaN(v)) return '\\mathrm{NaN}';
  const { negative, digits, exponent, finite } = numberParts(v);
  const body = !finite ? '\\infty' : exponent === null ? digits : `${digits === '1' ? '' : `${digits} \\times `}10^{${exponent}}`;
  return negative ? `-${body}` : body;
}

/** True if the TeX of this node starts with a letter or a bracket, so "2x" style juxtaposition reads right. */
function startsWithSymbol(node: Node): boolean {
  switch (node.kind) {
    case 'var':
    case 'const':
    case 'call':
      return true;
    case 'bin':
      return node.op === '^' ? startsWithSymbol(node.left) : node.op === '*' && startsWithSymbol(node.left);
    default:
      return false;
  }
}

const FN_TEX: ReadonlyMap<string, string> = new Map([
  ['sin', '\\sin'],
  ['cos', '\\cos'],
  ['tan', '\\tan'],
  ['exp', '\\exp'],
  ['log', '\\ln'],
  ['tanh', '\\tanh'],
  ['min', '\\min'],
  ['max', '\\max'],
]);

/**
 * KaTeX source for an expression, with the fewest parentheses that keep its
 * meaning: fractions for /, braces for exponents, juxtaposition for a number
 * times a symbol (2x), \cdot otherwise; log prints as \ln (it is the natural log).
 *
 *   toTex(parseOrThrow('-x^2/2 + 3*sin(y)')); // "\\frac{-x^{2}}{2} + 3\\sin\\left(y\\right)"
 */
export function toTex(node: Node): string {
  switch (node.kind) {
    case 'num':
      return texNum(node.value);
    case 'var':
      return node.name;
    case 'const':
      return node.name === 'pi' ? '\\pi' : 'e';
    case 'neg': {
      const inner = toTex(node.arg);
      return `-${prec(node.arg) <= 3 ? paren(inner) : inner}`;
    }
    case 'call': {
      const args = node.args.map(toTex);
      if (node.fn === 'sqrt') return `\\sqrt{${args[0] ?? ''}}`;
      if (node.fn === 'abs') return `\\left|${args[0] ?? ''}\\right|`;
      return `${FN_TEX.get(node.fn) ?? node.fn}${paren(args.join(', '))}`;
    }
    case 'bin': {
      const { op, left, right } = node;
      if (op === '/') return `\\frac{${toTex(left)}}{${toTex(right)}}`;
      if (op === '^') {
        const base = toTex(left);
        const wrap = prec(left) < 5 || left.kind === 'call' || (left.kind === 'num' && (left.value < 0 || numberParts(left.value).exponent !== null));
        return `${wrap ? paren(base) : base}^{${toTex(right)}}`;
      }
      const l = toTex(left);
      const r = toTex(right);
      if (op === '+' || op === '-') {
        // The right operand of - needs brackets if it is a sum; either side needs them if it is a negation on the right.
        const rWrap = prec(right) <= 1 && op === '-' ? true : right.kind === 'neg';
        return `${l} ${op} ${rWrap ? paren(r) : r}`;
      }
      const lt = prec(left) < 2 || left.kind === 'neg' ? paren(l) : l;
      // A right operand that is a product or negation is bracketed so a*(b*c) and a*(-b) read unambiguously.
      const rt = prec(right) <= 3 ? paren(r) : r;
      const juxtapose = left.kind === 'num' && Number.isFinite(left.value) && rt === r && startsWithSymbol(right);
      return juxtapose ? `${lt}${rt}` : `${lt} \\cdot ${rt}`;
    }
  }
}

/**
 * Fully parenthesised source text that parses back to the same tree; for tests
 * and for normalising a reader's input.
 *
 *   toSource(parseOrThrow('2x')); // "(2 * x)"
 */
export function toSource(node: Node): string {
  switch (node.kind) {
    case 'num':
      return String(node.value);
    case 'var':
    case 'const':
      return node.name;
    case 'neg':
      return `(-${toSource(node.arg)})`;
    case 'bin':
      return `(${toSource(node.left)} ${node.op} ${toSource(node.right)})`;
    case 'call':
      return `${node.fn}(${node.args.map(toSource).join(', ')})`;
  }
}
