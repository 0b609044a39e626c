/**
 * The pixels of a categorical map (which minimum each start ends in...): one
 * code per cell through a colour table. For continuous values see
 * `field-image.ts`.
 */
/**
 * RGBA bytes for a categorical map: one code per cell (0-255), row by row as
 * stored (row 0 is the image's top row), each coloured by its `lut` entry
 * (RGBA, 4 bytes per code). For maps of labels, such as which minimum each
 * start ends in; `fieldToImageData` is for continuous values.
 *
 *   const px = codesToImageData(codes, nx, ny, basinLut);
 *   ctx.putImageData(new ImageData(px, nx, ny), 0, 0);
 */
export function codesToImageData(codes: ArrayLike<number>, nx: number, ny: number, lut: Uint8ClampedArray, out?: Uint8ClampedArray): Uint8ClampedArray {
  const size = nx * ny * 4;
  if (codes.length !== nx * ny) throw new RangeError(`codesToImageData: ${codes.length} codes for a ${nx} × ${ny} map`);
  const px = out !== undefined && out.length === size ? out : new Uint8ClampedArray(size);
  for (let c = 0; c < nx * ny; c++) {
    const k = 4 * (codes[c] ?? 0);
    px[4 * c] = lut[k] ?? 0;
    px[4 * c + 1] = lut[k + 1] ?? 0;
    px[4 * c + 2] = lut[k + 2] ?? 0;
    px[4 * c + 3] = lut[k + 3] ?? 255;
  }
  return px;
}
