import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import { growthRate } from '../../src/attainment/growth-rate.js';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { decimalArb } from './arbitraries.js';

describe('growthRate', () => {
  it('1.121 against 1.000 is a growth of 12,1%', () => {
    expect(growthRate(1121, 1000).toString()).toBe('12.1');
  });

  it('a fall is a negative growth', () => {
    expect(growthRate(45, 50).toString()).toBe('-10');
  });

  describe('edge cases', () => {
    it('from 0 throws division-by-zero at ["previous"]', () => {
      try {
        growthRate(5, 0);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('division-by-zero');
        expect((error as ChitieuError).path).toEqual(['previous']);
      }
      expect(() => growthRate(5, 0)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Division by zero at previous: expected a non-zero previous figure to grow from; received 0]`,
      );
    });

    it('no growth is an unsigned 0', () => {
      expect(growthRate(-7, -7).isNegative()).toBe(false);
    });

    it('from a negative figure, the sign follows the change (−10 → −5 is +50%)', () => {
      expect(growthRate(-5, -10).toString()).toBe('50');
    });

    it('rejects non-numbers at their paths', () => {
      expect(() => growthRate('12,1', 1)).toThrow(ChitieuError);
      for (const [current, previous, path] of [
        ['12,1', 1, 'current'],
        [1, '1.000,5', 'previous'],
      ] as const) {
        try {
          growthRate(current, previous);
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-number');
          expect((error as ChitieuError).path).toEqual([path]);
        }
      }
    });
  });

  it('does not mutate its input', () => {
    const previous = new Decimal(1000);
    growthRate(1121, previous);
    expect(previous.toString()).toBe('1000');
  });

  it('equals the relative change', () => {
    fc.assert(
      fc.property(decimalArb, decimalArb, (a, b) => {
        fc.pre(!b.isZero());
        expect(growthRate(a, b).eq(change(a, b).relative!)).toBe(true);
      }),
    );
  });
});
