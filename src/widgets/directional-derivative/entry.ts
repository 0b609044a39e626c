import { defineFigure } from '../figure-entry';
import { directionalDerivativeSchema } from './schema';

export const entry = defineFigure({
  id: 'directional-derivative',
  title: 'Turning the arrow: the slope in every direction',
  chapter: 2,
  figure: '2.1',
  description: 'Turn a unit direction at a point of a surface; the slope along it is <∇f, v> = |∇f| cos θ, largest along the gradient.',
  schema: directionalDerivativeSchema,
  presets: [
    { id: 'along-contour', label: 'Along the contour (slope 0)', values: { point: [-1.5, 1.2], angle: 0, showGrad: true } },
    { id: 'near-minimum', label: 'Near the minimum: a gentle slope', values: { point: [0.3, -0.2], angle: 90, showGrad: true } },
  ],
  height: 900,
});
