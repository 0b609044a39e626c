/** Every intermediate of one gradient step on a single ReLU neuron. */
export interface NeuronStep {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly b: number;
  readonly lr: number;
  /** Forward: z = w x + b, a = ReLU(z), L = (a - y)^2. */
  readonly z: number;
  readonly a: number;
  readonly loss: number;
  /** Backward: dL/da = 2 (a - y), da/dz = ReLU'(z), dL/dz, dL/dw = dL/dz x, dL/db = dL/dz. */
  readonly dLda: number;
  readonly dadz: number;
  readonly dLdz: number;
  readonly dLdw: number;
  readonly dLdb: number;
  /** Update: w' = w - lr dL/dw, b' = b - lr dL/db; then forward again. */
  readonly newW: number;
  readonly newB: number;
  readonly newZ: number;
  readonly newA: number;
  readonly newLoss: number;
}

/**
 * The book's single-neuron worked example (CURRICULUM section 2): one ReLU
 * neuron, squared error, one gradient step. With the defaults x = 2, y = 5,
 * w = 3, b = 1 and lr = 0.1: z = 7, a = 7, L = 4, dL/da = 4, dL/dw = 8,
 * dL/db = 4, then w = 2.2, b = 0.6, z = 5, L = 0.
 *
 *   neuronExample(0.1).newLoss; // 0
 */
export function neuronExample(
  lr = 0.1,
  start: { readonly x?: number; readonly y?: number; readonly w?: number; readonly b?: number } = {},
): NeuronStep {
  const { x = 2, y = 5, w = 3, b = 1 } = start;
  const z = w * x + b;
  const a = Math.max(0, z);
  const loss = (a - y) ** 2;
  const dLda = 2 * (a - y);
  const dadz = z > 0 ? 1 : 0;
  const dLdz = dLda * dadz;
  const dLdw = dLdz * x;
  const dLdb = dLdz;
  const newW = w - lr * dLdw;
  const newB = b - lr * dLdb;
  const newZ = newW * x + newB;
  const newA = Math.max(0, newZ);
  return { x, y, w, b, lr, z, a, loss, dLda, dadz, dLdz, dLdw, dLdb, newW, newB, newZ, newA, newLoss: (newA - y) ** 2 };
}
