/**
 * The chapter-6 figures' optimizer choice ("gd" | "momentum" | "adam") as a
 * core optimizer: momentum is the textbook EMA form with β = 0.9, so its steps
 * are on the same scale as plain gradient descent's for the same α.
 *
 *   optimizerChoice('momentum', 0.01); // { id: 'momentum-ema', params: { lr: 0.01, beta: 0.9 } }
 */
import type { BasinOptimizer } from '~/core/many-starts';

export function optimizerChoice(opt: string, lr: number): BasinOptimizer {
  if (opt === 'momentum') return { id: 'momentum-ema', params: { lr, beta: 0.9 } };
  if (opt === 'adam') return { id: 'adam', params: { lr } };
  return { id: 'gd', params: { lr } };
}
