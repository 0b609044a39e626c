import { defineSchema } from '~/state/schema';
import { quadratic } from '~/core/objectives';

/** Chapter 2: the slope along a direction the reader turns, <grad f(p), v>. */
export const directionalDerivativeSchema = defineSchema({
  point: { kind: 'point', key: 'p', label: 'Point p', default: [-1.5, 1.2], domain: quadratic.domain, digits: 2, help: 'Where on the surface the slope is measured.' },
  angle: { kind: 'number', key: 'a', label: 'Direction', default: 0, min: -180, max: 180, digits: 0, unit: '°', help: 'Angle of the unit direction v, counter-clockwise from the x axis.' },
  showGrad: { kind: 'boolean', key: 'g', label: 'Show the gradient', default: false, help: 'Draw ∇f(p) and −∇f(p) at the point.' },
});
