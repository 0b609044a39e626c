/**
 * The one list of every widget in the book: id, title, chapter, parameter
 * schema, presets and a one-line description. Chapters use the components
 * directly; the embed pages, the instructors' gallery and the tests are
 * generated from this list. Components are mounted by id in
 * src/components/WidgetMount.astro (Astro needs them imported statically).
 *
 * Pure data: no Svelte imports here, so the list can be read anywhere.
 */
import type { Schema, Values } from '~/state/schema';
import { ravineSchema } from './schemas/ravine';
import { momentumFormsSchema } from './schemas/momentum-forms';
import { nesterovSchema } from './schemas/nesterov';
import { adaptiveSchema } from './schemas/adaptive';
import { adamInternalsSchema } from './schemas/adam-internals';
import { raceSchema } from './schemas/race';
import { hikerSchema } from './schemas/hiker';
import { twoWellsSchema } from './schemas/two-wells';
import { basinsSchema } from './schemas/basins';
import { saddleSchema } from './schemas/saddle';
import { restartsSchema } from './schemas/restarts';
import { escapeSchema } from './schemas/escape';
import { lrTrioSchema } from './schemas/lr-trio';
import { criticalLrSchema } from './schemas/critical-lr';
import { schedulesSchema } from './schemas/schedules';
import { stoppingSchema } from './schemas/stopping';
import { regressionSchema } from './schemas/regression';
import { batchVariantsSchema } from './schemas/batch-variants';
import { featureScalingSchema } from './schemas/feature-scaling';
import { gradientNoiseSchema } from './schemas/gradient-noise';
import { volcanoSchema } from './schemas/volcano';
import { gridCostSchema } from './schemas/grid-cost';
import { directionalDerivativeSchema } from './schemas/directional-derivative';
import { gdStepsSchema } from './schemas/gd-steps';
import { neuronSchema } from './schemas/neuron';
import { simultaneousSchema } from './schemas/simultaneous';
import { networkSchema } from './schemas/network';
import { backpropSchema } from './schemas/backprop';
import { playgroundSchema } from './schemas/playground';

export interface Preset<S extends Schema = Schema> {
  readonly id: string;
  readonly label: string;
  readonly values: Partial<Values<S>>;
}

export interface WidgetEntry<S extends Schema = Schema> {
  /** Stable id: used in embed URLs, never rename. */
  readonly id: string;
  readonly title: string;
  /** Chapter order number (0 for the playground). */
  readonly chapter: number;
  readonly description: string;
  readonly schema: S;
  readonly presets: readonly Preset<S>[];
  /** A sensible iframe height in CSS pixels. */
  readonly height: number;
}

function entry<S extends Schema>(e: WidgetEntry<S>): WidgetEntry {
  return e as unknown as WidgetEntry;
}

export const WIDGETS: readonly WidgetEntry[] = [
  entry({
    id: 'hiker',
    title: 'The blindfolded hiker',
    chapter: 1,
    description: 'A hiker on a 1-D trail feels only the slope underfoot and steps against it.',
    schema: hikerSchema,
    presets: [
      { id: 'local-dip', label: 'Stuck in a dip', values: { start: 3.5, lr: 0.1 } },
      { id: 'overshoot', label: 'Steps too long', values: { start: 4.2, lr: 1.2 } },
    ],
    height: 620,
  }),
  entry({
    id: 'volcano',
    title: 'Down a real volcano',
    chapter: 1,
    description: 'Gradient descent on the Maunga Whau elevation map from a start the reader drops, with the elevation profile of the walk.',
    schema: volcanoSchema,
    presets: [
      { id: 'crater', label: 'Trapped in the crater', values: { start: [210, 300], lr: 20 } },
      { id: 'flank', label: 'Down the south-west flank', values: { start: [300, 150], lr: 20 } },
      { id: 'long-strides', label: 'Long strides jump the rim', values: { start: [210, 300], lr: 400 } },
    ],
    height: 980,
  }),
  entry({
    id: 'grid-cost',
    title: 'The price of trying everything',
    chapter: 1,
    description: 'Grid points k^d needed by brute force as the number of parameters d grows, against the cost of gradient descent.',
    schema: gridCostSchema,
    presets: [
      { id: 'two', label: '2 parameters', values: { d: 2, k: 10 } },
      { id: 'ten', label: '10 parameters', values: { d: 10, k: 10 } },
      { id: 'thousand', label: '1000 parameters', values: { d: 1000, k: 10 } },
    ],
    height: 560,
  }),
  entry({
    id: 'ravine',
    title: 'Momentum in a ravine',
    chapter: 5,
    description: 'Plain gradient descent zig-zags down an ill-conditioned quadratic while heavy-ball momentum does not; the map of (μ, ηL) where momentum converges: 0 < ηL < 2 + 2μ.',
    schema: ravineSchema,
    presets: [
      { id: 'zigzag', label: 'Zig-zag vs momentum', values: { kappa: 25, lr: 0.07, momentum: 0.7 } },
      { id: 'fastest', label: "Polyak's fastest setting", values: { kappa: 25, lr: 0.11, momentum: 0.44 } },
      { id: 'too-much', label: 'Past the edge: ηL > 2 + 2μ', values: { kappa: 25, lr: 0.13, momentum: 0.5 } },
    ],
    height: 1100,
  }),
  entry({
    id: 'momentum-forms',
    title: 'Two ways to write momentum',
    chapter: 5,
    description: 'The textbook moving-average momentum with α against PyTorch’s summed momentum with lr = α(1−β): the same path; dampening and an unscaled lr for contrast.',
    schema: momentumFormsSchema,
    presets: [
      { id: 'same-path', label: 'Same path, two formulas', values: { alpha: 0.3, beta: 0.9, dampened: false, sameLr: false } },
      { id: 'unscaled', label: 'Forgetting to rescale lr', values: { alpha: 0.3, beta: 0.9, dampened: false, sameLr: true } },
      { id: 'heavy', label: 'β = 0.99: a 100× longer PyTorch buffer', values: { alpha: 0.3, beta: 0.99, dampened: true, sameLr: false } },
    ],
    height: 1050,
  }),
  entry({
    id: 'nesterov',
    title: 'Nesterov looks ahead',
    chapter: 5,
    description: 'Classical and Nesterov momentum step by step on a ravine: the carried velocity, the look-ahead point and the gradient taken there.',
    schema: nesterovSchema,
    presets: [
      { id: 'ravine', label: 'Heavy momentum in a ravine', values: { lr: 0.03, momentum: 0.9, classical: true } },
      { id: 'nesterov-breaks', label: 'Nesterov’s smaller safe region', values: { lr: 0.07, momentum: 0.7, classical: true } },
    ],
    height: 900,
  }),
  entry({
    id: 'adaptive',
    title: 'AdaGrad and RMSProp: a step size per coordinate',
    chapter: 5,
    description: 'Per-coordinate effective learning rates under noisy, sparse gradients: AdaGrad’s shrink for ever, RMSProp’s level off; the rare feature keeps a larger AdaGrad step.',
    schema: adaptiveSchema,
    presets: [
      { id: 'noisy-sparse', label: 'Noisy gradients, sparse y', values: { noise: 1, density: 0.2 } },
      { id: 'exact', label: 'Exact gradients', values: { noise: 0, density: 1 } },
      { id: 'dense-noisy', label: 'Noisy, dense', values: { noise: 1.5, density: 1 } },
    ],
    height: 1050,
  }),
  entry({
    id: 'adam-internals',
    title: 'Inside Adam',
    chapter: 5,
    description: 'Adam step by step with m, v, m̂, v̂ and the update in a live formula; switching bias correction off shows why the first steps need it.',
    schema: adamInternalsSchema,
    presets: [
      { id: 'defaults', label: 'PyTorch defaults, α = 0.1', values: { lr: 0.1, beta1: 0.9, beta2: 0.999, biasCorrection: true } },
      { id: 'no-correction', label: 'Bias correction off', values: { lr: 0.1, beta1: 0.9, beta2: 0.999, biasCorrection: false } },
    ],
    height: 1100,
  }),
  entry({
    id: 'race',
    title: 'The optimizer race',
    chapter: 5,
    description: 'SGD, momentum, Nesterov, AdaGrad, RMSProp, Adam and AdamW from one draggable start on a ravine, Rosenbrock, Beale, Himmelblau or a saddle, with loss curves and a results table.',
    schema: raceSchema,
    presets: [
      { id: 'rosenbrock', label: 'Rosenbrock: SGD, momentum, Adam', values: { surface: 'rosenbrock', racers: ['sgd', 'momentum', 'adam'] } },
      {
        id: 'ravine-all',
        label: 'Ravine: everyone',
        values: {
          surface: 'ravine',
          start: [-2.47, -0.73],
          racers: ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw'],
          lrSgd: 0.05,
          lrMomentum: 0.01,
          lrNesterov: 0.02,
          lrAdagrad: 0.5,
          lrRmsprop: 0.05,
          lrAdam: 0.1,
          lrAdamw: 0.1,
        },
      },
      {
        id: 'saddle',
        label: 'Escaping a saddle',
        values: { surface: 'saddle', start: [-1.8, 0.02], racers: ['sgd', 'momentum', 'adam'], lrSgd: 0.01, lrMomentum: 0.001, lrAdam: 0.01 },
      },
    ],
    height: 1300,
  }),
  entry({
    id: 'lr-trio',
    title: 'Too small, just right, too large',
    chapter: 3,
    description: 'Three learning rates on the same bowl side by side, with their loss curves on one log chart.',
    schema: lrTrioSchema,
    presets: [
      { id: 'seed-table', label: 'α = 1e-6, 0.001, 10', values: { small: 1e-6, good: 1e-3, large: 10 } },
      { id: 'near-edges', label: 'Near 1/L and 2/L', values: { small: 4e-4, good: 2e-3, large: 4.1e-3 } },
      { id: 'zig-zag', label: 'Safe, zig-zag, bounce', values: { small: 1.6e-3, good: 3.6e-3, large: 4e-3 } },
    ],
    height: 900,
  }),
  entry({
    id: 'critical-lr',
    title: 'The critical learning rate',
    chapter: 3,
    description: 'A quadratic bowl with adjustable curvature: gradient descent converges for α < 2/L, zig-zags above 1/L and is fastest at 2/(L+μ).',
    schema: criticalLrSchema,
    presets: [
      { id: 'fastest', label: 'Fastest: α = 2/(L+μ)', values: { L: 6, kappa: 3, lr: 0.25 } },
      { id: 'zig-zag', label: 'Zig-zag: 1/L < α < 2/L', values: { L: 6, kappa: 3, lr: 0.3 } },
      { id: 'diverge', label: 'Diverge: α > 2/L', values: { L: 6, kappa: 3, lr: 0.35 } },
      { id: 'ravine', label: 'Ill-conditioned (κ = 20)', values: { L: 10, kappa: 20, lr: 0.19 } },
    ],
    height: 1000,
  }),
  entry({
    id: 'schedules',
    title: 'Learning-rate schedules',
    chapter: 3,
    description: 'Step, exponential, 1/t and cosine decay, warm restarts and warm-up: α(t) and the noisy run each gives.',
    schema: schedulesSchema,
    presets: [
      { id: 'constant', label: 'Constant α: the jitter stays', values: { kind: 'constant' } },
      { id: 'step', label: 'Step decay', values: { kind: 'step' } },
      { id: 'sgdr', label: 'Warm restarts (SGDR)', values: { kind: 'cosine-restarts' } },
    ],
    height: 1000,
  }),
  entry({
    id: 'stopping',
    title: 'Stopping rules',
    chapter: 3,
    description: 'A tolerance on the loss change, a tolerance on the gradient norm and patience each end the same run somewhere.',
    schema: stoppingSchema,
    presets: [
      { id: 'clean', label: 'No noise', values: { noise: 0 } },
      { id: 'noisy', label: 'Noisy gradients', values: { noise: 0.1 } },
      { id: 'strict', label: 'Strict tolerances', values: { lossTol: 1e-7, gradTol: 1e-4, patience: 30 } },
    ],
    height: 900,
  }),
  entry({
    id: 'directional-derivative',
    title: 'Turning the arrow: the slope in every direction',
    chapter: 2,
    description: 'Turn a unit direction at a point of a surface; the slope along it is <∇f, v> = |∇f| cos θ, largest along the gradient.',
    schema: directionalDerivativeSchema,
    presets: [
      { id: 'along-contour', label: 'Along the contour (slope 0)', values: { point: [-1.5, 1.2], angle: 0, showGrad: true } },
      { id: 'near-minimum', label: 'Near the minimum: a gentle slope', values: { point: [0.3, -0.2], angle: 90, showGrad: true } },
    ],
    height: 900,
  }),
  entry({
    id: 'gd-steps',
    title: 'Gradient descent, one step at a time',
    chapter: 2,
    description: 'Step forward and back through gradient descent on a 2-D surface, with the update written out and step lengths tabulated.',
    schema: gdStepsSchema,
    presets: [
      { id: 'bowl', label: 'Tilted bowl', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.1, steps: 30 } },
      { id: 'himmelblau', label: 'Himmelblau', values: { surface: 'himmelblau', start: [-0.3, -0.9], lr: 0.01, steps: 60 } },
      { id: 'banana', label: 'Rosenbrock, slow', values: { surface: 'rosenbrock', start: [-1.2, 1], lr: 0.002, steps: 500 } },
      { id: 'too-far', label: 'Bowl, α too large', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.25, steps: 30 } },
    ],
    height: 1100,
  }),
  entry({
    id: 'neuron',
    title: 'One neuron, one step, by hand',
    chapter: 2,
    description: 'Forward pass, loss, gradients and one update of a single ReLU neuron (x = 2, y = 5, w = 3, b = 1), with α adjustable.',
    schema: neuronSchema,
    presets: [
      { id: 'exact', label: 'α = 0.1: loss 4 → 0', values: { lr: 0.1 } },
      { id: 'short', label: 'α = 0.05: too short', values: { lr: 0.05 } },
      { id: 'overshoot', label: 'α = 0.2: overshoots', values: { lr: 0.2 } },
    ],
    height: 1000,
  }),
  entry({
    id: 'simultaneous',
    title: 'All at once, or one coordinate at a time',
    chapter: 2,
    description: 'Gradient descent (simultaneous update) against cyclic coordinate descent from the same start, with their loss curves.',
    schema: simultaneousSchema,
    presets: [
      { id: 'bowl', label: 'Tilted bowl', values: { surface: 'quadratic', start: [-2.5, 1.5], lr: 0.1, steps: 25 } },
      { id: 'himmelblau', label: 'Himmelblau', values: { surface: 'himmelblau', start: [-0.3, -0.9], lr: 0.01, steps: 40 } },
    ],
    height: 900,
  }),
  entry({
    id: 'two-wells',
    title: 'Two wells: the start decides',
    chapter: 6,
    description: 'Gradient descent on a surface with a deep and a shallow well ends in whichever well its start drains into; a side view shows the negative gradient.',
    schema: twoWellsSchema,
    presets: [
      { id: 'worse-well', label: 'Start near (1.6, 0): the worse well', values: { start: [1.6, 0], lr: 0.05 } },
      { id: 'better-well', label: 'Start left of the saddle: the global minimum', values: { start: [-0.5, 0.8], lr: 0.05 } },
      { id: 'hop', label: 'Long steps hop over the saddle', values: { start: [1.6, 0], lr: 0.15 } },
    ],
    height: 900,
  }),
  entry({
    id: 'basins',
    title: 'Basins of attraction',
    chapter: 6,
    description: 'Every start on a grid coloured by the minimum it ends in, for gradient descent, momentum or Adam; computed in a worker.',
    schema: basinsSchema,
    presets: [
      { id: 'himmelblau-gd', label: 'Himmelblau, gradient descent', values: { surface: 'himmelblau', opt: 'gd', lr: 0.01 } },
      { id: 'two-well-momentum', label: 'Two wells, momentum: striped basins', values: { surface: 'two-well', opt: 'momentum', lr: 0.05, probe: [1.6, 0] } },
      { id: 'camel-adam', label: 'Six-hump camel, Adam', values: { surface: 'six-hump-camel', opt: 'adam', lr: 0.05 } },
    ],
    height: 980,
  }),
  entry({
    id: 'saddle',
    title: 'Saddles and plateaus: tiny gradient, tiny steps',
    chapter: 6,
    description: 'A path started near a saddle: the steps shrink as it approaches, then grow as it escapes; a step-length chart on a log scale.',
    schema: saddleSchema,
    presets: [
      { id: 'horse', label: 'Horse saddle, plain gradient descent', values: { surface: 'saddle', opt: 'gd', lr: 0.05, start: [-1.8, 0.02] } },
      { id: 'monkey', label: 'Monkey saddle: a plateau', values: { surface: 'monkey-saddle', opt: 'gd', lr: 0.05, start: [1.2, 0.01] } },
      { id: 'adam', label: 'Adam across the saddle', values: { surface: 'saddle', opt: 'adam', lr: 0.05, start: [-1.8, 0.02] } },
    ],
    height: 860,
  }),
  entry({
    id: 'restarts',
    title: 'Random restarts: try several, keep the best',
    chapter: 6,
    description: 'N seeded random starts with the best kept, and the chance of finding a global minimum against 1 − (1 − p)^N.',
    schema: restartsSchema,
    presets: [
      { id: 'camel', label: 'Six-hump camel, 5 restarts', values: { surface: 'six-hump-camel', n: 5, seed: 1 } },
      { id: 'rastrigin', label: 'Rastrigin: p is tiny', values: { surface: 'rastrigin', n: 20, seed: 1 } },
    ],
    height: 900,
  }),
  entry({
    id: 'escape',
    title: 'Carried through, shaken out',
    chapter: 6,
    description: 'Plain gradient descent stuck in a shallow dip, momentum carrying through it, and noisy gradients shaking out of it.',
    schema: escapeSchema,
    presets: [
      { id: 'defaults', label: 'Stuck, carried, shaken', values: { lr: 0.05, beta: 0.9, sigma: 2, seed: 1 } },
      { id: 'little-noise', label: 'Too little noise, too little momentum', values: { lr: 0.05, beta: 0.8, sigma: 0.5, seed: 1 } },
    ],
    height: 900,
  }),
  entry({
    id: 'regression',
    title: 'Fitting a line by walking downhill',
    chapter: 4,
    description: 'Penguins: the scatter with the current line beside the contour map of J(a, b) with negative-gradient arrows; the closed-form answer marked.',
    schema: regressionSchema,
    presets: [
      { id: 'one-step', label: 'α = 1/L: one step', values: { lr: 0.5 } },
      { id: 'slow', label: 'Small α', values: { lr: 0.02 } },
      { id: 'diverge', label: 'α above 2/L', values: { lr: 1.05 } },
    ],
    height: 900,
  }),
  entry({
    id: 'batch-variants',
    title: 'Batch, mini-batch and stochastic',
    chapter: 4,
    description: 'Batch, mini-batch and stochastic gradient descent from one start with one seed: paths, loss per epoch, updates counted.',
    schema: batchVariantsSchema,
    presets: [
      { id: 'decay', label: 'SGD with a decaying α', values: { decay: true, epochs: 5 } },
      { id: 'large-lr', label: 'Large α: SGD jitters', values: { lr: 0.3, epochs: 3 } },
      { id: 'small-batch', label: 'B = 4', values: { batch: 4 } },
    ],
    height: 950,
  }),
  entry({
    id: 'feature-scaling',
    title: 'Feature scaling: valley or bowl',
    chapter: 4,
    description: 'The penguin fit in raw units (a thin valley) and in standard units (a round bowl), same fraction of 2/L, same steps.',
    schema: featureScalingSchema,
    presets: [
      { id: 'no-zigzag', label: 'α = 0.45 · 2/L', values: { fraction: 0.45 } },
      { id: 'long', label: '200 steps', values: { steps: 200 } },
    ],
    height: 800,
  }),
  entry({
    id: 'gradient-noise',
    title: 'Gradient noise shrinks with the batch',
    chapter: 4,
    description: 'Mini-batch gradients scattered around the full gradient, and their spread against B with the 1/√B law.',
    schema: gradientNoiseSchema,
    presets: [
      { id: 'sgd', label: 'B = 1', values: { batch: 1 } },
      { id: 'b64', label: 'B = 64', values: { batch: 64 } },
    ],
    height: 750,
  }),
  entry({
    id: 'backprop',
    title: 'Backpropagation through two layers',
    chapter: 7,
    description: 'The chain rule on a 2-layer network with one hidden unit: every forward value and every gradient on a computation graph, and one update.',
    schema: backpropSchema,
    presets: [
      { id: 'worked', label: 'The worked example: loss 4 → 0.16', values: { lr: 0.05 } },
      { id: 'overshoot', label: 'α = 0.1 overshoots (4 → 12.96)', values: { lr: 0.1 } },
      { id: 'dead-relu', label: 'A switched-off ReLU', values: { b1: -3 } },
    ],
    height: 900,
  }),
  entry({
    id: 'network',
    title: 'Train a network',
    chapter: 7,
    description: 'A small network trained in the browser on a 2-D toy data set: decision regions, loss curve, gradient size per layer; any optimizer, batch size and seed.',
    schema: networkSchema,
    presets: [
      { id: 'circles-trained', label: 'Circles, trained 400 steps', values: { data: 'circles', steps: 400 } },
      { id: 'two-units', label: 'Circles with 2 hidden units (too few)', values: { data: 'circles', units: 2, steps: 1500 } },
      { id: 'xor-sgd', label: 'XOR with plain SGD', values: { data: 'xor', optimizer: 'sgd', lr: 0.3, steps: 1000 } },
      { id: 'spiral', label: 'Spiral, 3 × 16 ReLU', values: { data: 'spiral', layers: 3, units: 16, activation: 'relu', lr: 0.01, noise: 0.02 } },
    ],
    height: 1100,
  }),
  entry({
    id: 'playground',
    title: 'Playground',
    chapter: 0,
    description: 'Type your own f(x, y) or pick a surface, and race any optimizers with any hyperparameters and schedule from a draggable start.',
    schema: playgroundSchema,
    presets: [
      { id: 'own', label: 'Your own function', values: { surface: 'custom' } },
      { id: 'rosenbrock', label: 'Rosenbrock, Adam vs momentum', values: { surface: 'rosenbrock', start: [-1.2, 1], racers: ['momentum', 'adam'], lrMomentum: 0.001, lrAdam: 0.2, steps: 1000 } },
      { id: 'cosine', label: 'Cosine schedule on a bumpy bowl', values: { surface: 'custom', source: 'x^2 + y^2 + 2*sin(3x)*sin(3y)', schedule: 'cosine', racers: ['sgd', 'adam'] } },
    ],
    height: 1250,
  }),
];

/** The widget with this id, or undefined. */
export function widgetById(id: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.id === id);
}
