import { carsX, carsY } from './cars-data';
import { penguinsX, penguinsY } from './penguins-data';

/** A real one-feature regression data set: y as a function of x. */
export interface RegressionData {
  readonly id: string;
  readonly label: string;
  /** Axis titles, with units. */
  readonly xLabel: string;
  readonly yLabel: string;
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Attribution to print wherever the data is shown. */
  readonly credit: string;
}

/** Attribution for the Palmer penguins data. */
export const penguinsCredit =
  'Palmer penguins: data collected by Dr. Kristen Gorman with the Palmer Station Antarctica LTER; ' +
  'Gorman, Williams & Fraser (2014), "Ecological sexual dimorphism and environmental variability within a community ' +
  'of Antarctic penguins (genus Pygoscelis)", PLoS ONE 9(3): e90081. Released under CC0 by the palmerpenguins ' +
  'package (Horst, Hill & Gorman); via vega-datasets (BSD-3-Clause).';

/** Attribution for the cars data. */
export const carsCredit =
  'Cars: the StatLib data set (Carnegie Mellon University) used in the 1983 American Statistical Association ' +
  'Data Exposition, distributed for educational and scientific purposes; via vega-datasets (BSD-3-Clause).';

/**
 * Palmer penguins, flipper length (mm) -> body mass (g): 342 birds of three
 * species (the two rows with missing measurements dropped). Nearly linear, so
 * the least-squares line fits well.
 *
 *   penguins.x.length; // 342
 */
export const penguins: RegressionData = {
  id: 'penguins',
  label: 'Palmer penguins',
  xLabel: 'Flipper length (mm)',
  yLabel: 'Body mass (g)',
  x: /* @__PURE__ */ Float64Array.from(penguinsX),
  y: /* @__PURE__ */ Float64Array.from(penguinsY),
  credit: penguinsCredit,
};

/**
 * Cars, horsepower -> fuel economy (miles per US gallon): 392 models from
 * 1970-1982 (rows with a missing value dropped). Curved, so a straight line is
 * only a first approximation, which is worth saying.
 *
 *   cars.x.length; // 392
 */
export const cars: RegressionData = {
  id: 'cars',
  label: 'Cars',
  xLabel: 'Horsepower',
  yLabel: 'Miles per gallon',
  x: /* @__PURE__ */ Float64Array.from(carsX),
  y: /* @__PURE__ */ Float64Array.from(carsY),
  credit: carsCredit,
};

const registry: ReadonlyMap<string, RegressionData> = /* @__PURE__ */ new Map([
  ['penguins', penguins],
  ['cars', cars],
]);

/** Ids of the regression data sets. */
export const regressionDataIds = ['penguins', 'cars'] as const;

/** The regression data set with this id, or undefined. */
export function findRegressionData(id: string): RegressionData | undefined {
  return registry.get(id);
}
