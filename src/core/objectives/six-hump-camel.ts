import type { Objective } from '../types';

/**
 * The six-hump camel function f(x, y) = (4 - 2.1 x^2 + x^4 / 3) x^2 + xy + (4y^2 - 4) y^2
 * (Dixon & Szegő, Towards Global Optimisation 2, 1978; Jamil & Yang,
 * arXiv:1308.4008, no. 144): two global minima f = -1.0316 at about
 * (+-0.0898, -+0.7127), four local minima and seven saddles, all listed here
 * after Newton refinement.
 *
 *   sixHumpCamel.minima.length; // 6
 */
export const sixHumpCamel: Objective = {
  id: 'six-hump-camel',
  label: 'Six-hump camel',
  tex: 'f(x,y) = \\left(4 - 2.1\\,x^2 + \\tfrac{x^4}{3}\\right)x^2 + xy + (4y^2 - 4)\\,y^2',
  dim: 2,
  f: (w) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const x2 = x * x;
    const y2 = y * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (4 * y2 - 4) * y2;
  },
  grad: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const x2 = x * x;
    out[0] = 8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y;
    out[1] = x - 8 * y + 16 * y * y * y;
    return out;
  },
  hessian: (w, out) => {
    const x = w[0] ?? 0;
    const y = w[1] ?? 0;
    const x2 = x * x;
    out[0] = 8 - 25.2 * x2 + 10 * x2 * x2;
    out[1] = 1;
    out[2] = 1;
    out[3] = -8 + 48 * y * y;
    return out;
  },
  domain: { x: [-2, 2], y: [-1.2, 1.2] },
  minima: [
    { point: [0.08984201310031806, -0.7126564030207396], value: -1.0316284534898774, kind: 'global-min' },
    { point: [-0.08984201310031807, 0.7126564030207396], value: -1.0316284534898774, kind: 'global-min' },
    { point: [-1.7036067149699807, 0.7960835686726252], value: -0.21546382438371725, kind: 'local-min' },
    { point: [1.703606714969981, -0.7960835686726251], value: -0.21546382438371703, kind: 'local-min' },
    { point: [-1.6071047529201967, -0.5686514548841315], value: 2.104250310311258, kind: 'local-min' },
    { point: [1.6071047529201967, 0.5686514548841315], value: 2.104250310311258, kind: 'local-min' },
  ],
  saddles: [
    { point: [0, 0], value: 0, kind: 'saddle' },
    { point: [-1.1092053368047865, 0.7682680925095399], value: 0.5437186009781853, kind: 'saddle' },
    { point: [1.1092053368047863, -0.7682680925095398], value: 0.5437186009781856, kind: 'saddle' },
    { point: [1.638067984189779, 0.22867406904439413], value: 2.2293571975307143, kind: 'saddle' },
    { point: [-1.6380679841897785, -0.22867406904439408], value: 2.2293571975307147, kind: 'saddle' },
    { point: [-1.2960702671671092, -0.6050843880386585], value: 2.22947081802986, kind: 'saddle' },
    { point: [1.2960702671671092, 0.6050843880386585], value: 2.22947081802986, kind: 'saddle' },
  ],
  maxima: [
    { point: [-1.2302298765166524, -0.16233458445899493], value: 2.496295351023577, kind: 'max' },
    { point: [1.2302298765166526, 0.16233458445899496], value: 2.4962953510235772, kind: 'max' },
  ],
  start: [-1.6, -1],
};
