import { makeRng, type Rng } from '../rng';

/** A 2-D, two-class data set: point i is (x[2i], x[2i+1]) with class labels[i] in {0, 1}. */
export interface ClassificationData {
  readonly n: number;
  /** Interleaved coordinates, length 2n. */
  readonly x: Float64Array;
  readonly labels: Uint8Array;
}

/** Options shared by the generators. */
export interface ClassificationOptions {
  /** Number of points (half in each class, class 1 gets the odd one). */
  readonly n?: number;
  /** Standard deviation of the Gaussian jitter added to every point, in data units. */
  readonly noise?: number;
  readonly seed?: number | string;
}

export const classificationKinds = ['blobs', 'xor', 'circles', 'moons', 'spiral'] as const;
export type ClassificationKind = (typeof classificationKinds)[number];

/** The square every generator's points (before noise) fall in; plot a little wider. */
export const CLASSIFICATION_DOMAIN = { x: [-1.5, 1.5], y: [-1.5, 1.5] } as const;

type Place = (i: number, label: 0 | 1, t: number, rng: Rng) => [number, number];

/** Runs a placement rule for n points, alternating labels, then adds noise. */
function generate(options: ClassificationOptions, place: Place, salt: string): ClassificationData {
  const n = options.n ?? 200;
  const noise = options.noise ?? 0.1;
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`n must be an integer >= 2, got ${n}`);
  if (!(noise >= 0)) throw new RangeError(`noise must be >= 0, got ${noise}`);
  const rng = makeRng(`${salt}:${options.seed ?? 1}`);
  const x = new Float64Array(2 * n);
  const labels = new Uint8Array(n);
  const perClass = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const label = (i % 2) as 0 | 1;
    const t = Math.floor(i / 2) / Math.max(1, perClass - 1); // 0..1 along the class
    const [px, py] = place(i, label, t, rng);
    x[2 * i] = px + noise * rng.normal();
    x[2 * i + 1] = py + noise * rng.normal();
    labels[i] = label;
  }
  return { n, x, labels };
}

/**
 * Two Gaussian blobs centred at (-0.5, -0.5) (class 0) and (0.5, 0.5) (class 1),
 * spread 0.25: linearly separable, the easiest case.
 *
 *   twoBlobs({ n: 100, seed: 3 });
 */
export function twoBlobs(options: ClassificationOptions = {}): ClassificationData {
  return generate(options, (_i, label, _t, rng) => {
    const c = label === 0 ? -0.5 : 0.5;
    return [c + 0.25 * rng.normal(), c + 0.25 * rng.normal()];
  }, 'blobs');
}

/**
 * XOR: uniform points in [-1, 1]^2 kept 0.05 away from the axes; class 1 where
 * x and y have opposite signs. Not linearly separable: needs a hidden layer
 * (Minsky & Papert's classic example; TensorFlow Playground's "exclusive or").
 *
 *   xor({ n: 200, noise: 0.05 });
 */
export function xor(options: ClassificationOptions = {}): ClassificationData {
  return generate(options, (_i, label, _t, rng) => {
    const u = 0.05 + 0.95 * rng.next();
    const v = 0.05 + 0.95 * rng.next();
    const sx = rng.next() < 0.5 ? -1 : 1;
    const sy = label === 0 ? sx : -sx;
    return [sx * u, sy * v];
  }, 'xor');
}

/**
 * Concentric circles: class 0 uniform in the disc of radius 0.5, class 1 in the
 * ring 0.7 <= r <= 1.
 *
 *   circles({ n: 300 });
 */
export function circles(options: ClassificationOptions = {}): ClassificationData {
  return generate(options, (_i, label, _t, rng) => {
    const theta = 2 * Math.PI * rng.next();
    const r = label === 0 ? 0.5 * Math.sqrt(rng.next()) : Math.sqrt(0.49 + 0.51 * rng.next());
    return [r * Math.cos(theta), r * Math.sin(theta)];
  }, 'circles');
}

/**
 * Two interleaving half circles, as scikit-learn's make_moons (upper moon
 * (cos t, sin t), lower moon (1 - cos t, 1/2 - sin t), t in [0, pi]), shifted and
 * scaled by 1/1.5 to sit in [-1, 1]^2.
 *
 *   moons({ n: 200, noise: 0.1 });
 */
export function moons(options: ClassificationOptions = {}): ClassificationData {
  return generate(options, (_i, label, t) => {
    const a = Math.PI * t;
    const px = label === 0 ? Math.cos(a) : 1 - Math.cos(a);
    const py = label === 0 ? Math.sin(a) : 0.5 - Math.sin(a);
    return [(px - 0.5) / 1.5, (py - 0.25) / 1.5];
  }, 'moons');
}

/**
 * Two interleaved spiral arms, r from 0.05 to 1 while the angle turns 1.75
 * times around, the second arm rotated by pi (as TensorFlow Playground's spiral).
 * The hardest of the set: needs several hidden units.
 *
 *   spiral({ n: 400, noise: 0.02 });
 */
export function spiral(options: ClassificationOptions = {}): ClassificationData {
  return generate(options, (_i, label, t) => {
    const r = 0.05 + 0.95 * t;
    const theta = 1.75 * 2 * Math.PI * t + label * Math.PI;
    return [r * Math.sin(theta), r * Math.cos(theta)];
  }, 'spiral');
}

const generators: ReadonlyMap<string, (o?: ClassificationOptions) => ClassificationData> = new Map([
  ['blobs', twoBlobs],
  ['xor', xor],
  ['circles', circles],
  ['moons', moons],
  ['spiral', spiral],
]);

/**
 * A classification data set by kind name (for URLs and widget pickers).
 *
 *   makeClassification('moons', { n: 200, noise: 0.1, seed: 7 });
 */
export function makeClassification(kind: ClassificationKind, options: ClassificationOptions = {}): ClassificationData {
  const g = generators.get(kind);
  if (!g) throw new Error(`Unknown classification data set '${String(kind)}'`);
  return g(options);
}
