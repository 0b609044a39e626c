import type { Activation } from './mlp';

/** Every forward value, local derivative and gradient of one step on the smallest 2-layer network. */
export interface ChainStep {
  readonly x: number;
  readonly y: number;
  readonly w1: number;
  readonly b1: number;
  readonly w2: number;
  readonly b2: number;
  readonly activation: Activation;
  readonly lr: number;
  /** Forward: z1 = w1 x + b1, h = s(z1), yhat = w2 h + b2, L = (yhat - y)^2. */
  readonly z1: number;
  readonly h: number;
  readonly yhat: number;
  readonly loss: number;
  /** Local derivatives: dL/dyhat = 2 (yhat - y), dyhat/dh = w2, dh/dz1 = s'(z1). */
  readonly dLdyhat: number;
  readonly dhdz1: number;
  /** Backward, by the chain rule, from the loss towards the input. */
  readonly dLdw2: number;
  readonly dLdb2: number;
  readonly dLdh: number;
  readonly dLdz1: number;
  readonly dLdw1: number;
  readonly dLdb1: number;
  /** After one gradient-descent step with learning rate lr, all four weights at once. */
  readonly next: { readonly w1: number; readonly b1: number; readonly w2: number; readonly b2: number; readonly loss: number };
}

function activate(kind: Activation, z: number): number {
  if (kind === 'relu') return z > 0 ? z : 0;
  if (kind === 'tanh') return Math.tanh(z);
  return 1 / (1 + Math.exp(-z));
}

/** s'(z): ReLU' = [z > 0] (0 at z = 0, as PyTorch), tanh' = 1 - tanh^2, sigmoid' = s (1 - s). */
export function activationSlope(kind: Activation, z: number): number {
  if (kind === 'relu') return z > 0 ? 1 : 0;
  const a = activate(kind, z);
  return kind === 'tanh' ? 1 - a * a : a * (1 - a);
}

/** The network's output and squared-error loss for the given weights. */
function forward(kind: Activation, x: number, y: number, w1: number, b1: number, w2: number, b2: number): number {
  const yhat = w2 * activate(kind, w1 * x + b1) + b2;
  return (yhat - y) ** 2;
}

/** Options of {@link chainExample}; defaults give the book's worked numbers. */
export interface ChainOptions {
  readonly x?: number;
  readonly y?: number;
  readonly w1?: number;
  readonly b1?: number;
  readonly w2?: number;
  readonly b2?: number;
  readonly activation?: Activation;
  readonly lr?: number;
}

/**
 * Backpropagation by hand on a 2-layer network with one hidden unit,
 * x -> z1 = w1 x + b1 -> h = s(z1) -> yhat = w2 h + b2 -> L = (yhat - y)^2,
 * one sample, squared error (chapter 7). The backward pass multiplies local
 * derivatives from the loss back to each weight (Rumelhart, Hinton & Williams
 * 1986): dL/dw2 = dL/dyhat h, dL/dh = dL/dyhat w2, dL/dz1 = dL/dh s'(z1),
 * dL/dw1 = dL/dz1 x, dL/db1 = dL/dz1. The defaults are chapter 2's sample
 * (x = 2, y = 5) with w1 = 1, b1 = 0, w2 = 1, b2 = 1, ReLU and lr = 0.05:
 * z1 = 2, h = 2, yhat = 3, L = 4; dL/dw2 = -8, dL/db2 = -4, dL/dw1 = -8,
 * dL/db1 = -4; after the step L = 0.16.
 *
 *   chainExample().dLdw1; // -8
 */
export function chainExample(options: ChainOptions = {}): ChainStep {
  const { x = 2, y = 5, w1 = 1, b1 = 0, w2 = 1, b2 = 1, activation = 'relu', lr = 0.05 } = options;
  const z1 = w1 * x + b1;
  const h = activate(activation, z1);
  const yhat = w2 * h + b2;
  const lossValue = (yhat - y) ** 2;
  const dLdyhat = 2 * (yhat - y);
  const dhdz1 = activationSlope(activation, z1);
  const dLdw2 = dLdyhat * h;
  const dLdb2 = dLdyhat;
  const dLdh = dLdyhat * w2;
  const dLdz1 = dLdh * dhdz1 + 0; // + 0: a switched-off unit gives 0, not -0
  const dLdw1 = dLdz1 * x;
  const dLdb1 = dLdz1;
  const nw1 = w1 - lr * dLdw1;
  const nb1 = b1 - lr * dLdb1;
  const nw2 = w2 - lr * dLdw2;
  const nb2 = b2 - lr * dLdb2;
  return {
    x,
    y,
    w1,
    b1,
    w2,
    b2,
    activation,
    lr,
    z1,
    h,
    yhat,
    loss: lossValue,
    dLdyhat,
    dhdz1,
    dLdw2,
    dLdb2,
    dLdh,
    dLdz1,
    dLdw1,
    dLdb1,
    next: { w1: nw1, b1: nb1, w2: nw2, b2: nb2, loss: forward(activation, x, y, nw1, nb1, nw2, nb2) },
  };
}
