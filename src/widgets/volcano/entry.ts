import { defineFigure } from '../figure-entry';
import { volcanoSchema } from './schema';

export const entry = defineFigure({
  id: 'volcano',
  title: 'Down a real volcano',
  chapter: 1,
  figure: '1.2',
  description: 'Gradient descent on the Maunga Whau elevation map from a start the reader drops, with the elevation profile of the walk.',
  schema: volcanoSchema,
  presets: [
    { id: 'crater', label: 'Trapped in the crater', values: { start: [210, 300], lr: 20 } },
    { id: 'flank', label: 'Down the south-west flank', values: { start: [300, 150], lr: 20 } },
    { id: 'long-strides', label: 'Long strides jump the rim', values: { start: [210, 300], lr: 400 } },
  ],
  height: 980,
});
