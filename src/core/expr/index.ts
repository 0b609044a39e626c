/**
 * The expression language for readers' own surfaces f(x, y): a tokenizer, a
 * recursive-descent parser with column-accurate errors and limits, a closure
 * compiler, forward-mode automatic differentiation, TeX output, and plain-text
 * output that the parser reads back (x² + y², √(x), |x|, π).
 *
 *   const r = parseObjective('(1 - x)^2 + 100 (y - x^2)^2');
 */
export type { BinOp, FnName, Node } from './ast';
export { FUNCTIONS } from './ast';
export { ExprError } from './errors';
export { tokenize, type Token, type TokenType } from './tokenizer';
export { MAX_DEPTH, MAX_LENGTH, parseExpression, parseOrThrow, type ParseResult } from './parser';
export { compile, makeTape, type Evaluator, type Tape } from './compile';
export { toSource, toTex } from './tex';
export { toPlain } from './plain';
export { parseObjective, type CustomObjectiveOptions, type ParseObjectiveResult } from './objective';
