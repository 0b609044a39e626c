import { FUNCTIONS, type Node } from './ast';
import { ExprError } from './errors';
import { tokenize, type Token } from './tokenizer';

/** Longest source accepted, in characters. */
export const MAX_LENGTH = 500;
/** Deepest nesting accepted (parentheses, unary signs, powers and calls all count). */
export const MAX_DEPTH = 64;

/** Result of {@link parseExpression}: never throws for bad input. */
export type ParseResult = { readonly ok: true; readonly ast: Node } | { readonly ok: false; readonly error: ExprError };

/**
 * Parses an expression in x and y by recursive descent, following the grammar
 *
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/') unary | implicit)*
 *   unary   = ('-' | '+') unary | power
 *   power   = primary ('^' unary)?
 *   primary = number | 'x' | 'y' | 'pi' | 'e' | name '(' sum (',' sum)* ')' | '(' sum ')'
 *
 * so ^ is right-associative and binds tighter than unary minus
 * (-x^2 = -(x^2), 2^-x = 2^(-x), 2^3^2 = 2^9), as in mathematics and Python.
 * Implicit multiplication is allowed after a number or ')' before a name, a
 * number or '(' : 2x, 3sin(x), (x+1)(x-1). Names are looked up in a Map or a
 * switch, never as object properties, and nothing is ever evaluated as code.
 *
 *   parseExpression('x^2 + 3y').ok; // true
 */
export function parseExpression(source: string): ParseResult {
  try {
    return { ok: true, ast: parseOrThrow(source) };
  } catch (e) {
    if (e instanceof ExprError) return { ok: false, error: e };
    throw e;
  }
}

/** Like {@link parseExpression} but throws ExprError. */
export function parseOrThrow(source: string): Node {
  if (source.length > MAX_LENGTH) {
    throw new ExprError(
      `Expression too long: ${source.length} characters (at most ${MAX_LENGTH}) at column ${MAX_LENGTH + 1}`,
      MAX_LENGTH + 1,
      source.length - MAX_LENGTH,
    );
  }
  if (source.trim() === '') throw new ExprError('Empty expression at column 1', 1, 0);
  return new Parser(tokenize(source)).parse();
}

const describe = (t: Token): string => (t.type === 'eof' ? 'end of input' : `'${t.text}'`);
const at = (t: Token): string => `at column ${t.start + 1}`;
const fail = (message: string, t: Token): ExprError => new ExprError(message, t.start + 1, t.end - t.start);

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const ast = this.sum();
    const t = this.peek();
    if (t.type !== 'eof') {
      if (t.type === 'rparen') throw fail(`Unexpected ')' ${at(t)}, no '(' to close`, t);
      if (t.type === 'comma') throw fail(`Unexpected ',' ${at(t)}, commas only separate the arguments of min and max`, t);
      throw fail(`Expected an operator before ${describe(t)} ${at(t)}`, t);
    }
    return ast;
  }

  private peek(): Token {
    return this.tokens[this.pos] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== 'eof') this.pos++;
    return t;
  }

  private previous(): Token | undefined {
    return this.tokens[this.pos - 1];
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_DEPTH) throw fail(`Expression nested too deeply (more than ${MAX_DEPTH} levels) ${at(t)}`, t);
  }

  private sum(): Node {
    let left = this.product();
    for (;;) {
      const t = this.peek();
      if (t.type === 'op' && (t.text === '+' || t.text === '-')) {
        this.next();
        left = { kind: 'bin', op: t.text, left, right: this.product() };
      } else return left;
    }
  }

  private product(): Node {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.type === 'op' && (t.text === '*' || t.text === '/')) {
        this.next();
        left = { kind: 'bin', op: t.text, left, right: this.unary() };
        continue;
      }
      const prev = this.previous();
      const implicit =
        prev !== undefined &&
        (prev.type === 'num' || prev.type === 'rparen') &&
        (t.type === 'name' || t.type === 'lparen' || (t.type === 'num' && prev.type === 'rparen'));
      if (!implicit) return left;
      left = { kind: 'bin', op: '*', left, right: this.unary() };
    }
  }

  private unary(): Node {
    const t = this.peek();
    this.enter(t);
    let node: Node;
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      this.next();
      const arg = this.unary();
      node = t.text === '-' ? { kind: 'neg', arg } : arg;
    } else {
      node = this.power();
    }
    this.depth--;
    return node;
  }

  private power(): Node {
    const base = this.primary();
    const t = this.peek();
    if (t.type === 'op' && t.text === '^') {
      this.next();
      return { kind: 'bin', op: '^', left: base, right: this.unary() };
    }
    return base;
  }

  private primary(): Node {
    const t = this.next();
    switch (t.type) {
      case 'num':
        return { kind: 'num', value: t.value };
      case 'lparen': {
        const inner = this.sum();
        this.expect('rparen', t);
        return inner;
      }
      case 'name':
        return this.name(t);
      case 'eof':
        throw fail(`Unexpected end of input ${at(t)}, expected a number, a name or '('`, t);
      default:
        throw fail(`Expected a number, a name or '(' ${at(t)}, found ${describe(t)}`, t);
    }
  }

  private name(t: Token): Node {
    switch (t.text) {
      case 'x':
        return { kind: 'var', name: 'x' };
      case 'y':
        return { kind: 'var', name: 'y' };
      case 'pi':
        return { kind: 'const', name: 'pi' };
      case 'e':
        return { kind: 'const', name: 'e' };
    }
    const spec = FUNCTIONS.get(t.text);
    if (!spec) {
      const hint = /^[xy0-9]+$/.test(t.text) ? ` (write products with *, e.g. x*y)` : '';
      throw fail(`Unknown name '${t.text}' ${at(t)}${hint}`, t);
    }
    const open = this.peek();
    if (open.type !== 'lparen') throw fail(`Expected '(' after function ${t.text} ${at(open)}`, open);
    this.next();
    const args: Node[] = [this.sum()];
    while (this.peek().type === 'comma') {
      this.next();
      args.push(this.sum());
    }
    const close = this.peek();
    if (args.length !== spec.arity) {
      const s = spec.arity === 1 ? '' : 's';
      throw new ExprError(
        `Function ${t.text} needs ${spec.arity} argument${s}, got ${args.length} at column ${t.start + 1}`,
        t.start + 1,
        close.end - t.start,
      );
    }
    this.expect('rparen', open);
    return { kind: 'call', fn: spec.fn, args };
  }

  private expect(type: 'rparen', opener: Token): void {
    const t = this.peek();
    if (t.type !== type) {
      throw fail(`Expected ')' ${at(t)} to close the '(' at column ${opener.start + 1}`, t);
    }
    this.next();
  }
}
