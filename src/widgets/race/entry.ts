import { defineFigure } from '../figure-entry';
import { raceSchema } from './schema';

export const entry = defineFigure({
  id: 'race',
  title: 'The optimizer race',
  chapter: 5,
  figure: '5.6',
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
});
