import { FUNCTIONS, type Node } from './ast';
import { excerpt, ExprError } from './errors';
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
 *   power   = primary (sup | '^' unary)?
 *   primary = number | 'x' | 'y' | 'pi' | 'π' | 'e' | name '(' sum (',' sum)* ')'
 *           | '√' (number | 'x' | 'y' | 'pi' | 'π' | 'e') | '(' sum ')' | '|' sum '|'
 *
 * so ^ is right-associative and binds tighter than unary minus
 * (-x^2 = -(x^2), 2^-x = 2^(-x), 2^3^2 = 2^9), as in mathematics and Python.
 * The forms the book prints (toPlain) read back: a superscript is a
 * whole-number power (x², y⁻¹), √ is sqrt (√x, √(x + 1)), |e| is abs(e), π is pi.
 * Implicit multiplication is allowed after a number, a superscript, ')' or a
 * closing '|' before a name, '(' or an opening '|' (and a number, after ')' or
 * '|'): 2x, 3sin(x), (x+1)(x-1), x²y, 2|x|, |x||y|. A '|' after an operand
 * closes the innermost open bar, if one is open since the last '('. Readings
 * that could go two ways are errors that show both: √x² (√(x²) or (√x)²), √2x,
 * x²^3. Names are looked up in a Map or a switch, never as object properties,
 * and nothing is ever evaluated as code.
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
  const tokens = tokenize(source);
  const first = tokens[0];
  if (first?.type === 'eof') throw new ExprError(`Empty expression ${at(first)}`, first.start + 1, 0);
  return new Parser(tokens, source).parse();
}

const describe = (t: Token): string => (t.type === 'eof' ? 'end of input' : `'${excerpt(t.text)}'`);
const at = (t: Token): string => `at column ${t.start + 1}`;
const fail = (message: string, t: Token): ExprError => new ExprError(message, t.start + 1, t.end - t.start);

/** What a bare √ may take: one number or one of these names. */
const ROOT_OPERANDS: ReadonlySet<string> = new Set(['x', 'y', 'pi', '\u03c0', 'e']);

class Parser {
  private pos = 0;
  private depth = 0;
  /** Bars | opened since the innermost '(' and not yet closed. */
  private bars = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly source: string,
  ) {}

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
      if (!this.implicit(t)) return left;
      left = { kind: 'bin', op: '*', left, right: this.unary() };
    }
  }

  /**
   * True if t starts an implied factor of the operand just read. A bar read
   * last is a closing one (an opening bar is always followed by its contents).
   */
  private implicit(t: Token): boolean {
    const prev = this.previous()?.type;
    const numeric = prev === 'num' || prev === 'sup';
    const closed = prev === 'rparen' || prev === 'bar';
    if (!numeric && !closed) return false;
    return t.type === 'name' || t.type === 'lparen' || (t.type === 'num' && closed) || (t.type === 'bar' && this.bars === 0);
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
    const first = this.peek();
    const base = this.primary();
    const t = this.peek();
    if (t.type === 'sup') {
      this.next();
      const caret = this.peek();
      if (caret.type === 'op' && caret.text === '^') {
        // x²^3: the superscript and the caret would nest either way round.
        const b = excerpt(this.source.slice(first.start, t.start).trimEnd());
        const d = t.value < 0 ? `(\u2212${-t.value})` : String(t.value);
        const k = this.exponent();
        throw this.ambiguous('power', t, `(${b}${t.text})^${k} or ${b}^(${d}^${k})`);
      }
      // x⁻¹ is the same tree as x^-1.
      const value = Math.abs(t.value);
      const right: Node = t.value < 0 || Object.is(t.value, -0) ? { kind: 'neg', arg: { kind: 'num', value } } : { kind: 'num', value };
      return { kind: 'bin', op: '^', left: base, right };
    }
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
        const inner = this.group(() => this.sum());
        this.expect('rparen', t);
        return inner;
      }
      case 'bar': {
        this.bars++;
        const inner = this.sum();
        this.bars--;
        const close = this.peek();
        if (close.type !== 'bar') throw fail(`Expected '|' ${at(close)} to close the '|' at column ${t.start + 1}`, close);
        this.next();
        return { kind: 'call', fn: 'abs', args: [inner] };
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
      case '\u03c0':
        return { kind: 'const', name: 'pi' };
      case 'e':
        return { kind: 'const', name: 'e' };
    }
    const root = t.text === '\u221a';
    if (root && this.peek().type !== 'lparen') return this.bareRoot(t);
    const spec = root ? ({ fn: 'sqrt', arity: 1 } as const) : FUNCTIONS.get(t.text);
    if (!spec) {
      const hint = /^[xy0-9]+$/.test(t.text) ? ` (write products with *, e.g. x*y)` : '';
      throw fail(`Unknown name '${excerpt(t.text)}' ${at(t)}${hint}`, t);
    }
    const open = this.peek();
    if (open.type !== 'lparen') throw fail(`Expected '(' after function ${t.text} ${at(open)}`, open);
    this.next();
    const args: Node[] = this.group(() => {
      const list = [this.sum()];
      while (this.peek().type === 'comma') {
        this.next();
        list.push(this.sum());
      }
      return list;
    });
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

  /** √ without brackets: one number or name, and nothing that could also fall under the root. */
  private bareRoot(t: Token): Node {
    const operand = this.peek();
    if (!(operand.type === 'num' || (operand.type === 'name' && ROOT_OPERANDS.has(operand.text)))) {
      throw fail(`Expected '(' after \u221a ${at(operand)} (only a single number or name may go without)`, operand);
    }
    this.next();
    const arg: Node = operand.type === 'num' ? { kind: 'num', value: operand.value } : this.name(operand);
    const a = excerpt(operand.text);
    const after = this.peek();
    if (after.type === 'sup') {
      this.next();
      throw this.ambiguous('root', t, `\u221a(${a}${after.text}) or (\u221a${a})${after.text}`);
    }
    if (after.type === 'op' && after.text === '^') {
      const k = this.exponent();
      throw this.ambiguous('root', t, `\u221a(${a}^${k}) or (\u221a${a})^${k}`);
    }
    if (this.implicit(after)) {
      const from = this.peek();
      this.unary();
      const k = excerpt(this.text(from, this.previous()!));
      throw this.ambiguous('root', t, `\u221a(${a}${k}) or \u221a${a} \u00b7 ${k}`);
    }
    return { kind: 'call', fn: 'sqrt', args: [arg] };
  }

  /** Reads the '^' at hand and its exponent, and returns the exponent's text, for quoting in a message. */
  private exponent(): string {
    this.next();
    const from = this.peek();
    this.unary();
    return excerpt(this.text(from, this.previous()!));
  }

  /** An error spanning from `start` to the last token read, offering two bracketings. */
  private ambiguous(what: 'power' | 'root', start: Token, choices: string): ExprError {
    const end = this.previous()?.end ?? start.end;
    return new ExprError(`Ambiguous ${what} ${at(start)}: write ${choices}`, start.start + 1, end - start.start);
  }

  /** The source text from the start of one token to the end of another. */
  private text(from: Token, to: Token): string {
    return this.source.slice(from.start, to.end);
  }

  /** Parses inside brackets, where no bar is open yet: |sin(2|x|)| reads the inner bars on their own. */
  private group<T>(parse: () => T): T {
    const bars = this.bars;
    this.bars = 0;
    const result = parse();
    this.bars = bars;
    return result;
  }

  private expect(type: 'rparen', opener: Token): void {
    const t = this.peek();
    if (t.type !== type) {
      throw fail(`Expected ')' ${at(t)} to close the '(' at column ${opener.start + 1}`, t);
    }
    this.next();
  }
}

