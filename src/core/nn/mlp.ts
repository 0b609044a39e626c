import { makeRng } from '../rng';

/** Hidden-layer nonlinearities. The output layer is always linear + softmax. */
export type Activation = 'relu' | 'tanh' | 'sigmoid';
export const activations = ['relu', 'tanh', 'sigmoid'] as const;

/** Weight initialisation: Glorot/Xavier uniform or He/Kaiming normal. */
export type Init = 'glorot' | 'he';

/** Labelled samples: sample i is x[i * d .. i * d + d) with class labels[i] (d = sizes[0]). */
export interface LabeledData {
  readonly n: number;
  readonly x: Float64Array;
  readonly labels: Uint8Array;
}

/** Anything that updates parameters in place from a gradient (every optimizer in src/core/optimizers). */
export interface StepOptimizer {
  step(x: Float64Array, g: Float64Array): void;
}

/** Where one layer's weights (row-major, nOut x nIn) and biases live in the flat vectors. */
export interface LayerLayout {
  readonly nIn: number;
  readonly nOut: number;
  readonly wOffset: number;
  readonly bOffset: number;
}

/** A multilayer perceptron whose parameters are one flat Float64Array. */
export interface Mlp {
  readonly sizes: readonly number[];
  readonly activation: Activation;
  readonly layers: readonly LayerLayout[];
  /** All weights and biases, layer by layer (W then b); optimizers update this in place. */
  readonly params: Float64Array;
  /** Gradient buffer with the same layout as params. */
  readonly grad: Float64Array;
  /** Per-layer scratch: pre-activations z, activations a (index 0 is the input), and deltas dL/dz. */
  readonly z: readonly Float64Array[];
  readonly a: readonly Float64Array[];
  readonly delta: readonly Float64Array[];
}

/** Options of {@link makeMlp}. */
export interface MlpOptions {
  /** Layer widths from input to output, e.g. [2, 8, 2] or [2, 8, 8, 2]. */
  readonly sizes: readonly number[];
  readonly activation?: Activation;
  /** Default: 'he' for relu, 'glorot' otherwise. */
  readonly init?: Init;
  readonly seed?: number | string;
}

/**
 * A fully connected network g(x) = softmax(W_L s(... s(W_1 x + b_1) ...) + b_L)
 * with one activation s for every hidden layer. Parameters are initialised from
 * the seed: Glorot uniform U(-r, r), r = sqrt(6 / (fan_in + fan_out)) (Glorot &
 * Bengio 2010), or He normal N(0, 2 / fan_in) (He et al. 2015); biases 0.
 *
 *   const net = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 1 });
 */
export function makeMlp(options: MlpOptions): Mlp {
  const sizes = [...options.sizes];
  if (sizes.length < 2 || sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new RangeError(`sizes must list at least two positive integers, got [${sizes.join(', ')}]`);
  }
  if ((sizes[sizes.length - 1] ?? 0) < 2) throw new RangeError('the output layer needs at least 2 classes for softmax');
  const activation = options.activation ?? 'tanh';
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1] ?? 0;
    const nOut = sizes[l] ?? 0;
    layers.push({ nIn, nOut, wOffset: offset, bOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  const net: Mlp = {
    sizes,
    activation,
    layers,
    params: new Float64Array(offset),
    grad: new Float64Array(offset),
    z: sizes.map((s) => new Float64Array(s)),
    a: sizes.map((s) => new Float64Array(s)),
    delta: sizes.map((s) => new Float64Array(s)),
  };
  initParams(net, options.seed ?? 1, options.init ?? (activation === 'relu' ? 'he' : 'glorot'));
  return net;
}

/** Re-initialises the parameters in place from a seed (see {@link makeMlp}). */
export function initParams(net: Mlp, seed: number | string, init: Init = net.activation === 'relu' ? 'he' : 'glorot'): void {
  const rng = makeRng(seed);
  for (const { nIn, nOut, wOffset, bOffset } of net.layers) {
    const r = Math.sqrt(6 / (nIn + nOut));
    const sd = Math.sqrt(2 / nIn);
    for (let k = 0; k < nIn * nOut; k++) {
      net.params[wOffset + k] = init === 'glorot' ? (2 * rng.next() - 1) * r : sd * rng.normal();
    }
    net.params.fill(0, bOffset, bOffset + nOut);
  }
}

function act(kind: Activation, z: number): number {
  switch (kind) {
    case 'relu':
      return z > 0 ? z : 0;
    case 'tanh':
      return Math.tanh(z);
    case 'sigmoid':
      return 1 / (1 + Math.exp(-z));
  }
}

/** Derivative of the activation, from its input z and output a. */
function actPrime(kind: Activation, z: number, a: number): number {
  switch (kind) {
    case 'relu':
      return z > 0 ? 1 : 0;
    case 'tanh':
      return 1 - a * a;
    case 'sigmoid':
      return a * (1 - a);
  }
}

/**
 * Forward pass for one input (read from `input` at `offset`), leaving every
 * layer's z and a in the net's scratch; the output layer's `a` holds the softmax
 * probabilities. Returns log-sum-exp of the logits (for a stable loss).
 */
function forwardInto(net: Mlp, input: ArrayLike<number>, offset: number): number {
  const { params, layers, z, a, activation } = net;
  const a0 = a[0] as Float64Array;
  for (let k = 0; k < a0.length; k++) a0[k] = input[offset + k] ?? 0;
  const last = layers.length - 1;
  for (let l = 0; l <= last; l++) {
    const { nIn, nOut, wOffset, bOffset } = layers[l] as LayerLayout;
    const prev = a[l] as Float64Array;
    const zl = z[l + 1] as Float64Array;
    const al = a[l + 1] as Float64Array;
    for (let o = 0; o < nOut; o++) {
      let s = params[bOffset + o] ?? 0;
      const row = wOffset + o * nIn;
      for (let i = 0; i < nIn; i++) s += (params[row + i] ?? 0) * (prev[i] ?? 0);
      zl[o] = s;
      if (l < last) al[o] = act(activation, s);
    }
  }
  // Softmax with the max subtracted, so large logits cannot overflow.
  const zL = z[last + 1] as Float64Array;
  const aL = a[last + 1] as Float64Array;
  let m = -Infinity;
  for (const v of zL) if (v > m) m = v;
  let sum = 0;
  for (let o = 0; o < zL.length; o++) {
    const e = Math.exp((zL[o] ?? 0) - m);
    aL[o] = e;
    sum += e;
  }
  for (let o = 0; o < aL.length; o++) aL[o] = (aL[o] ?? 0) / sum;
  return m + Math.log(sum);
}

/**
 * Class probabilities for one input, written into `out` (length = number of classes).
 *
 *   forward(net, [0.3, -0.2], new Float64Array(2)); // [p0, p1], summing to 1
 */
export function forward(net: Mlp, input: ArrayLike<number>, out: Float64Array): Float64Array {
  forwardInto(net, input, 0);
  out.set(net.a[net.a.length - 1] as Float64Array);
  return out;
}

function batchSize(data: LabeledData, idx: ArrayLike<number> | undefined): number {
  return idx ? idx.length : data.n;
}

/**
 * Mean softmax cross-entropy over the batch (all samples if idx is omitted):
 * L = -(1/m) sum_i log p_{y_i}(x_i), with log p_c = z_c - logsumexp(z).
 *
 *   loss(net, data); // ln 2 ~ 0.693 for an untrained two-class guess
 */
export function loss(net: Mlp, data: LabeledData, idx?: ArrayLike<number>): number {
  const d = net.sizes[0] ?? 0;
  const zL = net.z[net.z.length - 1] as Float64Array;
  const m = batchSize(data, idx);
  let total = 0;
  for (let k = 0; k < m; k++) {
    const i = idx ? (idx[k] ?? 0) : k;
    const lse = forwardInto(net, data.x, i * d);
    total += lse - (zL[data.labels[i] ?? 0] ?? 0);
  }
  return total / m;
}

/**
 * Backpropagation (Rumelhart, Hinton & Williams 1986): the mean cross-entropy
 * over the batch and its gradient with respect to every parameter, written into
 * `grad` (default net.grad) in the layout of net.params. With softmax and
 * cross-entropy the output delta is p - onehot(y); each earlier delta is
 * (W^T delta) times s'(z); dL/dW = delta a_prev^T, dL/db = delta.
 *
 *   const L = lossAndGrad(net, data, batch); opt.step(net.params, net.grad);
 */
export function lossAndGrad(net: Mlp, data: LabeledData, idx?: ArrayLike<number>, grad: Float64Array = net.grad): number {
  const { params, layers, z, a, delta, activation } = net;
  const d = net.sizes[0] ?? 0;
  const last = layers.length - 1;
  const zL = z[last + 1] as Float64Array;
  const m = batchSize(data, idx);
  grad.fill(0);
  let total = 0;
  for (let k = 0; k < m; k++) {
    const i = idx ? (idx[k] ?? 0) : k;
    const y = data.labels[i] ?? 0;
    const lse = forwardInto(net, data.x, i * d);
    total += lse - (zL[y] ?? 0);
    const dL = delta[last + 1] as Float64Array;
    dL.set(a[last + 1] as Float64Array);
    dL[y] = (dL[y] ?? 0) - 1;
    for (let l = last; l >= 0; l--) {
      const { nIn, nOut, wOffset, bOffset } = layers[l] as LayerLayout;
      const dl = delta[l + 1] as Float64Array;
      const prev = a[l] as Float64Array;
      for (let o = 0; o < nOut; o++) {
        const g = dl[o] ?? 0;
        grad[bOffset + o] = (grad[bOffset + o] ?? 0) + g;
        const row = wOffset + o * nIn;
        for (let j = 0; j < nIn; j++) grad[row + j] = (grad[row + j] ?? 0) + g * (prev[j] ?? 0);
      }
      if (l === 0) break;
      const dPrev = delta[l] as Float64Array;
      const zPrev = z[l] as Float64Array;
      for (let j = 0; j < nIn; j++) {
        let s = 0;
        for (let o = 0; o < nOut; o++) s += (params[wOffset + o * nIn + j] ?? 0) * (dl[o] ?? 0);
        dPrev[j] = s * actPrime(activation, zPrev[j] ?? 0, prev[j] ?? 0);
      }
    }
  }
  const scale = 1 / m;
  for (let p = 0; p < grad.length; p++) grad[p] = (grad[p] ?? 0) * scale;
  return total * scale;
}

/**
 * One training step: loss and gradient on the batch, then optimizer.step on the
 * flat parameters. Returns the batch loss before the step.
 *
 *   for (const idx of batches) trainStep(net, data, idx, makeOptimizer('adam', { lr: 0.01 }));
 */
export function trainStep(net: Mlp, data: LabeledData, batchIdx: ArrayLike<number> | undefined, optimizer: StepOptimizer): number {
  const L = lossAndGrad(net, data, batchIdx, net.grad);
  optimizer.step(net.params, net.grad);
  return L;
}

/** Fraction of samples whose most probable class is their label. */
export function accuracy(net: Mlp, data: LabeledData): number {
  const d = net.sizes[0] ?? 0;
  const out = net.a[net.a.length - 1] as Float64Array;
  let right = 0;
  for (let i = 0; i < data.n; i++) {
    forwardInto(net, data.x, i * d);
    let best = 0;
    for (let c = 1; c < out.length; c++) if ((out[c] ?? 0) > (out[best] ?? 0)) best = c;
    if (best === data.labels[i]) right++;
  }
  return right / data.n;
}

/** A regular grid over a rectangle: nx columns from x0 to x1, ny rows from y0 to y1 (inclusive). */
export interface Grid {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly nx: number;
  readonly ny: number;
}

/**
 * Probability of class `cls` (default 1) at every node of a grid, row-major
 * (out[j * nx + i] at x0 + i dx, y0 + j dy), for painting decision regions.
 * For 2-input nets; allocates nothing per grid node.
 *
 *   predictGrid(net, { x0: -1.5, x1: 1.5, y0: -1.5, y1: 1.5, nx: 64, ny: 64 }, new Float64Array(64 * 64));
 */
export function predictGrid(net: Mlp, grid: Grid, out: Float64Array, cls = 1): Float64Array {
  const { x0, x1, y0, y1, nx, ny } = grid;
  const dx = nx > 1 ? (x1 - x0) / (nx - 1) : 0;
  const dy = ny > 1 ? (y1 - y0) / (ny - 1) : 0;
  const p = net.a[net.a.length - 1] as Float64Array;
  const point = new Float64Array(2);
  for (let j = 0; j < ny; j++) {
    point[1] = y0 + j * dy;
    for (let i = 0; i < nx; i++) {
      point[0] = x0 + i * dx;
      forwardInto(net, point, 0);
      out[j * nx + i] = p[cls] ?? NaN;
    }
  }
  return out;
}
