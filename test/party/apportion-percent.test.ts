import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/numeric/decimal.js';
import { percentOf } from '../../src/numeric/percent-of.js';
import { apportionPercent, SHARE_DECIMALS } from '../../src/party/apportion-percent.js';

describe('apportionPercent', () => {
  it('keeps terminating shares exact: 18 and 2 of 20 are 90% and 10%', () => {
    expect(apportionPercent([18, 2], 20).map(String)).toEqual(['90', '10']);
  });

  it('gives the leftover unit of 10⁻³⁰ to the largest remainder, first on ties', () => {
    const [a, b, c] = apportionPercent([1, 1, 1], 3).map(String);
    expect(a).toBe(`33.${'3'.repeat(29)}4`);
    expect(b).toBe(`33.${'3'.repeat(30)}`);
    expect(c).toBe(b);
  });

  it('gives the leftover to the largest remainder even when it comes later: 1 and 2 of 3', () => {
    // 100 × 1/3 leaves a remainder of 1, 100 × 2/3 a remainder of 2: the second takes the unit
    expect(apportionPercent([1, 2], 3).map(String)).toEqual([
      `33.${'3'.repeat(30)}`,
      `66.${'6'.repeat(29)}7`,
    ]);
  });

  describe('edge cases', () => {
    it('a zero count gets exactly 0, a sole count exactly 100', () => {
      expect(apportionPercent([0, 5, 0], 5).map(String)).toEqual(['0', '100', '0']);
    });

    it('handles totals near the safe-integer limit exactly', () => {
      const big = Number.MAX_SAFE_INTEGER;
      const shares = apportionPercent([big - 1, 1], big);
      expect(shares.reduce((s, x) => s.plus(x), new Decimal(0)).toString()).toBe('100');
    });
  });

  it('does not mutate its input', () => {
    const counts = [2, 1];
    apportionPercent(counts, 3);
    expect(counts).toEqual([2, 1]);
  });

  it('shares add up to exactly 100 and each is within 10⁻³⁰ of the true percent', () => {
    const unit = new Decimal(10).pow(-SHARE_DECIMALS);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 8 }),
        (counts) => {
          const total = counts.reduce((s, x) => s + x, 0);
          fc.pre(total > 0);
          const shares = apportionPercent(counts, total);
          expect(shares.reduce((s, x) => s.plus(x), new Decimal(0)).eq(100)).toBe(true);
          shares.forEach((share, i) => {
            expect(
              share
                .minus(percentOf(counts[i] as number, total))
                .abs()
                .lte(unit),
            ).toBe(true);
            expect(share.decimalPlaces()).toBeLessThanOrEqual(SHARE_DECIMALS);
          });
        },
      ),
    );
  });
});
