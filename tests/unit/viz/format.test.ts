import { describe, expect, it } from 'vitest';
import { count, fmt, fmtPercent, fmtSigned, MINUS, NOT_A_NUMBER } from '~/viz/format';

describe('fmt', () => {
  it.each([
    [0.5, 3, '0.500'],
    [1234.5678, 2, '1234.57'],
    [-2.25, 1, `${MINUS}2.3`],
    [0, 3, '0.000'],
    [-0, 3, '0.000'],
    [0.012, 2, '0.01'],
    [0.0012, 2, '1.2e\u22123'],
    [-0.000012, 3, `${MINUS}1.2e\u22125`],
    [1.5e-5, 2, '1.5e\u22125'],
    [2.5e7, 2, '2.5e7'],
    [1e6, 3, '1e6'],
    [999_999, 0, '999999'],
    [1 / 3, 0, '3e\u22121'],
    [7.6, 0, '8'],
  ])('formats %s with %i digits as %s', (x, digits, expected) => {
    expect(fmt(x, digits)).toBe(expected);
  });

  it('never writes NaN or Infinity', () => {
    expect(fmt(NaN)).toBe(NOT_A_NUMBER);
    expect(fmt(Infinity)).toBe(NOT_A_NUMBER);
    expect(fmt(-Infinity)).toBe(NOT_A_NUMBER);
  });

  it('keeps tiny values visible instead of rounding them to zero', () => {
    expect(fmt(-0.0004, 2)).toBe(`${MINUS}4e\u22124`);
  });

  it('never writes a minus sign on zero', () => {
    expect(fmt(-0, 0)).toBe('0');
    expect(fmt(-0)).not.toContain(MINUS);
  });

  it('uses three digits by default and survives silly digit counts', () => {
    expect(fmt(Math.PI)).toBe('3.142');
    expect(fmt(Math.PI, -4)).toBe('3');
    expect(fmt(Math.PI, NaN)).toBe('3.142');
  });
});

describe('fmtSigned', () => {
  it('writes a plus for positive, a minus for negative and no sign for zero', () => {
    expect(fmtSigned(0.25, 2)).toBe('+0.25');
    expect(fmtSigned(-0.25, 2)).toBe(`${MINUS}0.25`);
    expect(fmtSigned(-0, 2)).toBe('0.00');
    expect(fmtSigned(3e-9, 2)).toBe('+3e\u22129');
    expect(fmtSigned(NaN)).toBe(NOT_A_NUMBER);
  });
});

describe('fmtPercent', () => {
  it('writes fractions as percentages', () => {
    expect(fmtPercent(0.1234)).toBe('12%');
    expect(fmtPercent(-0.05, 1)).toBe(`${MINUS}5.0%`);
    expect(fmtPercent(-0.001)).toBe('0%');
    expect(fmtPercent(Infinity)).toBe(NOT_A_NUMBER);
  });
});

describe('count', () => {
  it('says one step, and every other number of steps', () => {
    expect(count(1, 'step')).toBe('1 step');
    expect(count(0, 'step')).toBe('0 steps');
    expect(count(2, 'update')).toBe('2 updates');
    expect(count(1, 'epoch', 'epochs')).toBe('1 epoch');
    expect(count(3, 'axis', 'axes')).toBe('3 axes');
  });
});
