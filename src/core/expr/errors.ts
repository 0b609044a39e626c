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

/**
 * Text from the reader's input, shortened for quoting in a message: at most
 * `max` characters, with an ellipsis when cut (a 300-letter name is not
 * repeated whole). Cuts between code points, never inside one.
 *
 *   excerpt('a'.repeat(300)); // "aaaaaaaaaaaaaaaaaaa…"
 */
export function excerpt(text: string, max = 20): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
