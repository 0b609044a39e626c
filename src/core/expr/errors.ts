/**
 * A problem with a reader's expression, pointing at where it is: `column` is
 * 1-based (the first character is column 1) and `length` is how many
 * characters to underline (0 at the end of the input).
 *
 *   new ExprError("Unknown name 'foo' at column 5", 5, 3);
 */
export class ExprError extends Error {
  readonly column: number;
  readonly length: number;

  constructor(message: string, column: number, length: number) {
    super(message);
    this.name = 'ExprError';
    this.column = column;
    this.length = length;
  }
}
