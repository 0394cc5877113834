import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactText, fixedText } from '../../src/notation/fixed-text.js';
import { formatDecimalVi, formatViNumber } from '../../src/notation/format-vi-number.js';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { HOUSE_ROUNDING } from '../../src/notation/house-rounding.js';
import { decimalRoundingMode, roundings } from '../../src/numeric/rounding.js';
import { toDecimal } from '../../src/numeric/to-decimal.js';

describe('fixedText: rounding a number by its decimal digits, never by floats', () => {
  it('rounds as toDecimal(x).toFixed(decimals, mode) does, for every mode', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000),
          fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 20),
        ),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...roundings),
        (x, decimals, rounding) => {
          const expected = toDecimal(x).toFixed(decimals, decimalRoundingMode(rounding));
          const text = fixedText(x, decimals, rounding);
          if (text !== null) expect(text).toBe(expected);
          else expect(String(x)).toContain('e');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('breaks ties as each mode says', () => {
    expect(fixedText(0.25, 1, 'half-up')).toBe('0.3');
    expect(fixedText(0.25, 1, 'half-even')).toBe('0.2');
    expect(fixedText(0.35, 1, 'half-even')).toBe('0.4');
    expect(fixedText(-0.25, 1, 'half-up')).toBe('-0.3');
    expect(fixedText(-0.21, 1, 'ceil')).toBe('-0.2');
    expect(fixedText(-0.21, 1, 'floor')).toBe('-0.3');
    expect(fixedText(9.96, 1, 'half-up')).toBe('10.0');
    expect(fixedText(-0.04, 1, 'half-up')).toBe('-0.0');
    expect(fixedText(112.666, 1, 'truncate')).toBe('112.6');
    expect(fixedText(5, 2, 'half-up')).toBe('5.00');
    expect(fixedText(1e21, 1, 'half-up')).toBeNull();
    expect(exactText(-0)).toBe('0');
  });

  it('formatViNumber and formatViPercent of a number print what they print of its Decimal', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.constantFrom(...roundings),
        fc.boolean(),
        fc.boolean(),
        (x, decimals, rounding, grouping, fixed) => {
          const options =
            decimals === undefined
              ? { rounding, grouping, fixed }
              : { decimals, rounding, grouping, fixed };
          const viaDecimal = formatDecimalVi(toDecimal(x), options);
          expect(formatViNumber(x, options)).toBe(viaDecimal);
          // formatViPercent rounds to the house decimals unless given
          const percentViaDecimal = formatDecimalVi(toDecimal(x), options, HOUSE_ROUNDING.decimals);
          expect(formatViPercent(x, options)).toBe(`${percentViaDecimal}%`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
