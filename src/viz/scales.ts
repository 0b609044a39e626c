/**
 * Scales, ticks and plot frames, so every widget fits its domain and picks its
 * ticks the same way. They are written here because d3-scale brings
 * d3-interpolate, d3-color and d3-format (about 9 KB gzipped on every widget
 * page) for the two kinds the book draws, linear and base-10 log, and d3-array
 * another 1.5 KB for its tick rule. They follow d3-scale's and d3-array's maths
 * (ISC, Mike Bostock), and `tests/unit/viz/scales.test.ts` checks them against
 * both.
 */
import type { Domain } from '~/core/types';
import { MINUS } from './format';

/** A closed interval `[lo, hi]` (data units or pixels). */
export type Interval = readonly [number, number];

/**
 * A scale: call it to map a data value to pixels. Immutable: `nice` returns a
 * new scale.
 */
export interface Scale {
  (value: number): number;
  readonly kind: 'linear' | 'log';
  /** Pixels back to data units. */
  invert(pixel: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values in the domain. */
  ticks(count?: number): number[];
  /**
   * A label for each tick. Linear: fixed decimals enough to tell the ticks
   * apart, with thousands separators ("1,000", "0.25"). Log: `~g` numbers
   * from 0.001 up to a million, exponents outside ("1e−8"), blank for the 2–9
   * multiples when there are too many ticks to label them all.
   */
  tickFormat(count?: number): (value: number) => string;
  /** The same scale with its domain extended to round values. */
  nice(count?: number): Scale;
}

/** Margins around a plot area, in pixels. */
export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Zero margins. */
export const NO_MARGIN: Margin = { top: 0, right: 0, bottom: 0, left: 0 };

/** An axis-aligned rectangle in pixels. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The scales of a 2-D plot: data -> pixels, with y pointing up on screen. */
export interface Frame {
  readonly x: Scale;
  readonly y: Scale;
  /** The pixel rectangle the domain occupies. */
  readonly inner: Rect;
}

/** Thousands separators and a true minus sign, as d3-format's `,` does. */
function group(text: string): string {
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : text.slice(dot));
}

function signed(x: number, body: string): string {
  return x < 0 && /[1-9]/.test(body) ? MINUS + body : body;
}

/** d3-format's `,.{p}f`: fixed decimals, grouped, `−` for negatives, never "−0". */
function fixed(x: number, decimals: number): string {
  return signed(x, group(Math.abs(x).toFixed(decimals)));
}

/** d3-format's `~g`: six significant digits, insignificant zeros trimmed, `−` signs. */
export function generalFormat(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const [m = '0', e] = Math.abs(x).toPrecision(6).split('e');
  const mantissa = m.includes('.') ? m.replace(/\.?0+$/, '') : m;
  const exp = e === undefined ? '' : `e${e.startsWith('-') ? MINUS + e.slice(1) : e.replace('+', '')}`;
  return signed(x, mantissa + exp);
}

/**
 * A log-axis label, in one form per axis: `~g` ("0.01", "250") when every tick
 * lies between 0.001 and 10 000 (`sci` false), else exponent form for all of
 * them ("1e−6", "1e0", "1e5"; not "0.000001", nor "100000" beside "1e10"), so
 * labels stay short next to the axis title and read alike.
 */
function logLabel(x: number, sci: boolean): string {
  const a = Math.abs(x);
  if (a === 0 || !sci || !Number.isFinite(a)) return generalFormat(x);
  const [m = '0', e = '0'] = a.toExponential(5).split('e');
  const mantissa = m.replace(/\.?0+$/, '');
  const exp = Number(e);
  return signed(x, `${mantissa}e${exp < 0 ? MINUS : ''}${String(Math.abs(exp))}`);
}

/** Decimals needed to tell ticks `step` apart (d3-format's precisionFixed). */
function decimalsFor(step: number): number {
  const s = Math.abs(step);
  if (!(s > 0) || !Number.isFinite(s)) return 0;
  return Math.max(0, -Math.floor(Math.log10(s) + 1e-12));
}

/**
 * A linear scale from `domain` to `range`. A zero-width domain maps to the
 * middle of the range.
 *
 *   linear([0, 10], [0, 100])(5) // 50
 */
export function linear(domain: Interval, range: Interval): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const dd = d1 - d0;
  const rr = r1 - r0;
  const scale = ((x: number) => (dd ? r0 + ((x - d0) / dd) * rr : r0 + rr / 2)) as Scale;
  return Object.assign(scale, {
    kind: 'linear' as const,
    invert: (p: number) => (rr ? d0 + ((p - r0) / rr) * dd : d0 + dd / 2),
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
    ticks: (count = 10) => roundTicks(d0, d1, count),
    tickFormat: (count = 10) => {
      // From a million up, every tick in exponent form, as the book's readouts
      // write such numbers ("2e51", never JavaScript's "2e+51" or 22 digits).
      if (Math.max(Math.abs(d0), Math.abs(d1)) >= 1e6) return (x: number) => (x === 0 ? '0' : logLabel(x, true));
      const decimals = decimalsFor(tickStep(d0, d1, count));
      return (x: number) => fixed(x, decimals);
    },
    nice: (count = 10) => {
      const [a, b] = niceInterval([Math.min(d0, d1), Math.max(d0, d1)], count);
      return linear(d0 <= d1 ? [a, b] : [b, a], range);
    },
  });
}

const pow10 = (e: number): number => (Number.isFinite(e) ? Number(`1e${String(e)}`) : e < 0 ? 0 : e);

/**
 * A base-10 logarithmic scale from `domain` (both ends > 0) to `range`, clamped:
 * values outside the domain (and any value at or below zero) map to the nearer
 * end of the range instead of NaN.
 *
 *   log([1, 100], [0, 2])(10) // 1
 */
export function log(domain: Interval, range: Interval): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const l0 = Math.log(d0);
  const ld = Math.log(d1) - l0;
  const rr = r1 - r0;
  const scale = ((x: number) => {
    const c = Math.min(hi, Math.max(lo, x));
    return ld ? r0 + ((Math.log(c) - l0) / ld) * rr : r0 + rr / 2;
  }) as Scale;
  const self: Scale = Object.assign(scale, {
    kind: 'log' as const,
    invert: (p: number) => {
      const t = rr ? Math.min(1, Math.max(0, (p - r0) / rr)) : 0.5;
      return Math.exp(l0 + t * ld);
    },
    domain: (): [number, number] => [d0, d1],
    range: (): [number, number] => [r0, r1],
    ticks: (count = 10) => logTicks(domain, count),
    tickFormat: (count = 10) => {
      // Label every tick when they are few; else only those near a power of ten (d3-scale's rule).
      const k = Math.max(1, (10 * count) / Math.max(1, self.ticks().length));
      const sci = lo < 1e-3 || hi >= 1e4;
      return (x: number) => {
        let i = x / pow10(Math.round(Math.log10(x)));
        if (i * 10 < 10 - 0.5) i *= 10;
        return i <= k ? logLabel(x, sci) : '';
      };
    },
    nice: () => {
      const floor = (x: number) => pow10(Math.floor(Math.log10(x)));
      const ceil = (x: number) => pow10(Math.ceil(Math.log10(x)));
      return log(d0 <= d1 ? [floor(d0), ceil(d1)] : [ceil(d0), floor(d1)], range);
    },
  });
  return self;
}

/**
 * Extend an interval outwards to round tick values (d3-array's `nice`).
 *
 *   niceInterval([0.13, 9.7], 10) // [0, 10]
 */
export function niceInterval(interval: Interval, count = 10): [number, number] {
  let [start, stop] = interval;
  let previous: number | undefined;
  for (;;) {
    const step = tickIncrement(start, stop, count);
    if (step === previous || step === 0 || !Number.isFinite(step)) return [start, stop];
    if (step > 0) {
      const i = Math.ceil(start / step);
      const j = Math.floor(stop / step);
      start = (i - Number(i * step > start)) * step;
      stop = (j + Number(j * step < stop)) * step;
    } else {
      const s = -step;
      const i = Math.ceil(start * s);
      const j = Math.floor(stop * s);
      start = (i - Number(i / s > start)) / s;
      stop = (j + Number(j / s < stop)) / s;
    }
    previous = step;
  }
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * The round step for about `count` ticks over `[start, stop]` (start <= stop),
 * as integers i1..i2 times an increment: `inc > 0` means ticks i * inc; `inc <
 * 0` means ticks i / -inc (dividing keeps 0.1-steps exact). d3-array's tickSpec.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's tickIncrement: the increment of `tickSpec`, negative for steps below 1. */
function tickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** d3-array's tickStep: the distance between ticks, signed like stop - start. */
function tickStep(start: number, stop: number, count: number): number {
  const reverse = stop < start;
  const inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}

/** d3-array's ticks: round values from start to stop (in that order). */
function roundTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out = new Array<number>(n);
  for (let k = 0; k < n; ++k) {
    const i = reverse ? i2 - k : i1 + k;
    out[k] = inc < 0 ? i / -inc : i * inc;
  }
  return out;
}

/**
 * About `count` round tick values covering `interval` (d3-array's `ticks`).
 *
 *   ticks([0, 1], 5) // [0, 0.2, 0.4, 0.6, 0.8, 1]
 */
export function ticks(interval: Interval, count = 5): number[] {
  return roundTicks(interval[0], interval[1], count);
}

/**
 * Ticks of a base-10 log axis (d3-scale's rule): the 1–9 multiples of each
 * power of ten when the interval spans fewer decades than `count`, else powers
 * of ten only (every k-th). `interval` must be positive.
 *
 *   logTicks([1, 100], 5) // [1, 2, ..., 9, 10, 20, ..., 100]
 */
export function logTicks(interval: Interval, count = 5): number[] {
  let u = interval[0];
  let v = interval[1];
  if (!(u > 0 && v > 0)) return [];
  const reverse = v < u;
  if (reverse) [u, v] = [v, u];
  let i = Math.log10(u);
  let j = Math.log10(v);
  let z: number[] = [];
  if (j - i < count) {
    i = Math.floor(i);
    j = Math.ceil(j);
    for (; i <= j; ++i) {
      for (let k = 1; k < 10; ++k) {
        const t = i < 0 ? k / pow10(-i) : k * pow10(i);
        if (t < u) continue;
        if (t > v) break;
        z.push(t);
      }
    }
    if (z.length * 2 < count) z = roundTicks(u, v, count);
  } else {
    z = roundTicks(i, j, Math.min(j - i, count)).map(pow10);
  }
  return reverse ? z.reverse() : z;
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
