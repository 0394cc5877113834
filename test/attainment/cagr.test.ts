import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/attainment/cagr.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { caught } from '../support/caught.js';
import { positiveDecimalArb } from './arbitraries.js';

describe('cagr', () => {
  it('1.000 → 1.331 over 3 years is 10% a year, exactly', () => {
    expect(cagr(1000, 1331, 3).toString()).toBe('10');
  });

  it('doubling in 5 years is 14,87% a year', () => {
    expect(formatViNumber(cagr(100, 200, 5), { decimals: 2, rounding: 'half-up' })).toBe('14,87');
  });

  it('a fall gives a negative rate', () => {
    expect(cagr(121, 100, 2).toFixed(6)).toBe('-9.090909');
  });

  describe('edge cases', () => {
    it('takes a fractional number of years (2,5 years)', () => {
      expect(cagr(100, 121, '2.5').toFixed(10)).toBe(
        new Decimal('1.21').pow('0.4').minus(1).times(100).toFixed(10),
      );
    });

    it('an end of 0 is −100%', () => {
      expect(cagr(10, 0, 3).toString()).toBe('-100');
    });

    it('rejects a start ≤ 0, an end < 0 and years ≤ 0 with invalid-argument', () => {
      expect(caught(() => cagr(0, 100, 5)).path).toEqual(['start']);
      expect(caught(() => cagr(-1, 100, 5)).code).toBe('invalid-argument');
      expect(caught(() => cagr(1, -100, 5)).path).toEqual(['end']);
      expect(caught(() => cagr(1, 100, 0)).path).toEqual(['years']);
      expect(() => cagr(0, 100, 5)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at start: expected a positive starting figure for a compound rate; received 0]`,
      );
    });

    it('rejects non-numbers with invalid-number', () => {
      expect(caught(() => cagr(1, 2, Number.NaN)).code).toBe('invalid-number');
      expect(caught(() => cagr('1,5', 2, 1)).path).toEqual(['start']);
    });
  });

  it('does not mutate its input', () => {
    const start = new Decimal(100);
    cagr(start, 200, 5);
    expect(start.toString()).toBe('100');
  });

  it('compounds back: start × (1 + cagr/100)^n = end (to 40 significant digits)', () => {
    // end / start between 0,001 and 1.000: beyond that, "(…) − 1" itself cancels digits
    const factorArb = fc.integer({ min: 1, max: 1_000_000 }).map((n) => new Decimal(n).div(1000));
    fc.assert(
      fc.property(
        positiveDecimalArb,
        factorArb,
        fc.integer({ min: 1, max: 30 }),
        (start, factor, years) => {
          const end = start.times(factor);
          const rate = cagr(start, end, years);
          const back = start.times(rate.div(100).plus(1).pow(years));
          // the root is carried to 50 digits; n-fold compounding loses a few of them
          expect(back.toSignificantDigits(40).eq(end.toSignificantDigits(40))).toBe(true);
        },
      ),
    );
  });
});
