/**
 * AdamW, exactly as torch.optim.AdamW (Loshchilov & Hutter 2019, "Decoupled
 * Weight Decay Regularization"; PyTorch docs, "AdamW"): Adam without the L2 term
 * in the gradient, and the weights shrunk directly before the Adam step:
 *
 *   w' = w_{t-1} * (1 - lr * weightDecay)
 *   m_t, v_t as in Adam from the raw gradient
 *   w_t = w' - lr / (1 - beta1^t) * m_t / (sqrt(v_t) / sqrt(1 - beta2^t) + eps)
 *
 * The update loop is Adam's (adam.ts). Default weightDecay = 1e-2, as torch.
 *
 *   const opt = makeOptimizer('adamw', { lr: 1e-3, weightDecay: 0.1 });
 */
import { createAdam, validateAdam } from './adam';
import type { OptimizerInfo } from './types';

export const adamw: OptimizerInfo<'adamw'> = {
  id: 'adamw',
  defaults: { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false, biasCorrection: true },
  validate: (p) => validateAdam('adamw', p),
  create: (p) => createAdam('adamw', p),
};
