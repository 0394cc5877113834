import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import {
  checkDecimals,
  decimalRoundingMode,
  type Rounding,
  roundings,
} from '../../src/numeric/rounding.js';

describe('roundings', () => {
  it('lists the five named modes in a stable order, frozen', () => {
    expect(roundings).toEqual(['half-up', 'half-even', 'truncate', 'ceil', 'floor']);
    expect(Object.isFrozen(roundings)).toBe(true);
  });
});

describe('decimalRoundingMode', () => {
  it.each<[Rounding, DecimalJs.Rounding]>([
    ['half-up', DecimalJs.ROUND_HALF_UP],
    ['half-even', DecimalJs.ROUND_HALF_EVEN],
    ['truncate', DecimalJs.ROUND_DOWN],
    ['ceil', DecimalJs.ROUND_CEIL],
    ['floor', DecimalJs.ROUND_FLOOR],
  ])('maps %s to its decimal.js mode', (rounding, mode) => {
    expect(decimalRoundingMode(rounding)).toBe(mode);
  });

  describe('edge cases', () => {
    it('rejects an unknown mode at the path it is given', () => {
      expect(() =>
        decimalRoundingMode('round' as Rounding, ['options', 'rounding']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.rounding: expected a rounding mode (half-up, half-even, truncate, ceil, floor); received "round"]`,
      );
    });

    it('rejects an unknown mode at the root when given no path', () => {
      try {
        decimalRoundingMode('nearest' as Rounding);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual([]);
      }
    });
  });
});

describe('checkDecimals', () => {
  it('accepts every whole number of places from 0 to 100, returning it', () => {
    for (const decimals of [0, 1, 2, 99, 100]) expect(checkDecimals(decimals)).toBe(decimals);
  });

  describe('edge cases', () => {
    it.each([-1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
      'rejects %s places',
      (decimals) => {
        try {
          checkDecimals(decimals);
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(['decimals']);
        }
      },
    );

    it('says what it expected, at the path it is given', () => {
      expect(() => checkDecimals(101, ['options', 'decimals'])).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at options.decimals: expected a whole number of decimal places from 0 to 100; received 101]`,
      );
    });
  });
});
