/**
 * Scales, ticks and plot frames: thin wrappers over d3-scale and d3-array so
 * every widget fits its domain and picks its ticks the same way.
 */
import { ticks as d3Ticks, nice as d3Nice } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import type { Domain } from '~/core/types';

/** A closed interval `[lo, hi]` (data units or pixels). */
export type Interval = readonly [number, number];

/** Margins around a plot area, in pixels. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** An axis-aligned rectangle in pixels. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The scales of a 2-D plot: data -> pixels, with y pointing up on screen. */
export interface Frame {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** The pixel rectangle the domain occupies. */
  readonly inner: Rect;
}

/** Zero margins. */
export const NO_MARGIN: Margin = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * A linear scale from `domain` to `range`.
 *
 *   linear([0, 10], [0, 100])(5) // 50
 */
export function linear(domain: Interval, range: Interval): ScaleLinear<number, number> {
  return scaleLinear().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/**
 * A base-10 logarithmic scale from `domain` (both ends > 0) to `range`, clamped
 * so values at or below zero map to the range's start instead of NaN.
 *
 *   log([1, 100], [0, 2])(10) // 1
 */
export function log(domain: Interval, range: Interval): ScaleLogarithmic<number, number> {
  return scaleLog().domain([domain[0], domain[1]]).range([range[0], range[1]]).clamp(true);
}

/**
 * Extend an interval outwards to round tick values (d3-array `nice`).
 *
 *   niceInterval([0.13, 9.7], 10) // [0, 10]
 */
export function niceInterval(interval: Interval, count = 10): [number, number] {
  const [a, b] = d3Nice(interval[0], interval[1], count);
  return [a, b];
}

/**
 * About `count` round tick values covering `interval` (d3-array `ticks`).
 *
 *   ticks([0, 1], 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function ticks(interval: Interval, count = 5): number[] {
  return d3Ticks(interval[0], interval[1], count);
}

/**
 * Ticks of a base-10 log axis: powers of ten, plus 2 and 5 multiples when the
 * interval spans few decades. `interval` must be positive.
 *
 *   logTicks([1, 1000]) // [1, 2, ..., 10, 20, ..., 1000] (thinned by d3)
 */
export function logTicks(interval: Interval, count = 5): number[] {
  if (!(interval[0] > 0 && interval[1] > 0)) return [];
  return scaleLog().domain([interval[0], interval[1]]).ticks(count);
}

/**
 * The largest rectangle inside a `width` x `height` box (less `margin`) that has
 * the aspect ratio of `domain`, centred, so one data unit is as long on x as on
 * y and circles stay round. Degenerate boxes give a zero-size rectangle.
 *
 *   fitAspect({ x: [0, 2], y: [0, 1] }, 200, 200) // { left: 0, top: 50, width: 200, height: 100 }
 */
export function fitAspect(domain: Domain, width: number, height: number, margin: Margin = NO_MARGIN): Rect {
  const boxW = Math.max(0, width - margin.left - margin.right);
  const boxH = Math.max(0, height - margin.top - margin.bottom);
  const dw = Math.abs(domain.x[1] - domain.x[0]);
  const dh = Math.abs(domain.y[1] - domain.y[0]);
  if (!(dw > 0 && dh > 0) || boxW === 0 || boxH === 0) {
    return { left: margin.left, top: margin.top, width: 0, height: 0 };
  }
  const k = Math.min(boxW / dw, boxH / dh);
  const w = dw * k;
  const h = dh * k;
  return { left: margin.left + (boxW - w) / 2, top: margin.top + (boxH - h) / 2, width: w, height: h };
}

/**
 * Scales that map `domain` onto `rect`, with data y increasing upwards.
 *
 *   const { x, y } = frameScales({ x: [0, 1], y: [0, 1] }, { left: 0, top: 0, width: 10, height: 10 });
 *   y(0) // 10
 */
export function frameScales(domain: Domain, rect: Rect): Frame {
  return {
    x: linear(domain.x, [rect.left, rect.left + rect.width]),
    y: linear(domain.y, [rect.top + rect.height, rect.top]),
    inner: rect,
  };
}

/**
 * `fitAspect` then `frameScales`: the usual way a contour plot sizes itself.
 *
 *   const frame = fitFrame(objective.domain, 640, 480, { top: 10, right: 10, bottom: 30, left: 40 });
 */
export function fitFrame(domain: Domain, width: number, height: number, margin: Margin = NO_MARGIN): Frame {
  return frameScales(domain, fitAspect(domain, width, height, margin));
}
