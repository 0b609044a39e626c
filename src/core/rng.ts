/**
 * Seeded pseudo-random numbers. The algorithm is mulberry32 (Tommy Ettinger,
 * public domain): a 32-bit state advanced by a Weyl sequence and mixed; period
 * 2^32. Same seed, same stream, on every JavaScript engine, because it uses only
 * 32-bit integer arithmetic (Math.imul, >>>).
 *
 * Randomness is always injected: nothing in the core calls Math.random.
 *
 *   const rng = makeRng(42); rng.next(); // in [0, 1)
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer uniform in [0, n). */
  int(n: number): number;
  /** Standard normal by Box-Muller (uses two uniforms per call; no caching, so streams stay simple). */
  normal(): number;
  /** Fisher-Yates shuffle in place; returns the array. */
  shuffle<T extends { length: number; [i: number]: unknown }>(a: T): T;
  /** The current internal state, so a stream can be resumed. */
  readonly state: number;
}

/** Hash any integer or string seed to a 32-bit unsigned state. */
export function seedToState(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed >>> 0;
  const s = String(seed);
  let h = 2166136261 >>> 0; // FNV-1a
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

/** A mulberry32 generator. */
export function makeRng(seed: number | string = 1): Rng {
  let a = seedToState(seed);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      const u = 1 - next(); // (0, 1]
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    shuffle(arr) {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = arr[i];
        arr[i] = arr[j];
        arr[j] = tmp;
      }
      return arr;
    },
    get state() {
      return a;
    },
  };
}
