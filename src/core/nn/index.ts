/**
 * A tiny neural network for the last chapter: an MLP with flat parameters,
 * backpropagation into a flat gradient (so any optimizer's step(x, g) trains
 * it), decision-region prediction on a grid, and the single-neuron worked
 * example of chapter 2.
 *
 *   const net = makeMlp({ sizes: [2, 8, 2], activation: 'tanh', seed: 1 });
 */
export {
  accuracy,
  activations,
  forward,
  initParams,
  loss,
  lossAndGrad,
  makeMlp,
  predictGrid,
  trainStep,
  type Activation,
  type Grid,
  type Init,
  type LabeledData,
  type LayerLayout,
  type Mlp,
  type MlpOptions,
  type StepOptimizer,
} from './mlp';
export { neuronExample, type NeuronStep } from './neuron';
export { makeTrainer, type Trainer, type TrainerOptions } from './trainer';
export { activationSlope, chainExample, type ChainOptions, type ChainStep } from './chain';
