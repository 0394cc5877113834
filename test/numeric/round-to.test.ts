import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { roundTo } from '../../src/numeric/round-to.js';
import { type Rounding, roundings } from '../../src/numeric/rounding.js';

const pct = new Decimal(169).div(150).times(100);

describe('roundTo', () => {
  it('169/150 = 112,666…% is 112,6 truncated and 112,7 half-up', () => {
    expect(roundTo(pct, 1, 'truncate').toString()).toBe('112.6');
    expect(roundTo(pct, 1, 'half-up').toString()).toBe('112.7');
  });

  it.each<[Rounding, string, string]>([
    ['half-up', '2.25', '2.3'],
    ['half-up', '-2.25', '-2.3'],
    ['half-even', '2.25', '2.2'],
    ['half-even', '2.35', '2.4'],
    ['truncate', '2.29', '2.2'],
    ['truncate', '-2.29', '-2.2'],
    ['ceil', '2.21', '2.3'],
    ['ceil', '-2.29', '-2.2'],
    ['floor', '2.29', '2.2'],
    ['floor', '-2.21', '-2.3'],
  ])('%s rounds %s to %s', (rounding, x, expected) => {
    expect(roundTo(x, 1, rounding).toString()).toBe(expected);
  });

  it('rounds by the house rule (truncate) by default', () => {
    expect(roundTo('0.125', 2).toString()).toBe('0.12');
    expect(roundTo('0.125', 2, 'half-up').toString()).toBe('0.13');
  });

  describe('edge cases', () => {
    it('never returns negative zero', () => {
      expect(roundTo('-0.04', 1, 'half-up').isNegative()).toBe(false);
      expect(roundTo('-0.04', 1, 'truncate').toString()).toBe('0');
    });

    it.each([-1, 1.5, 101, Number.NaN])('rejects %s decimal places', (decimals) => {
      expect(() => roundTo(1, decimals)).toThrow(ChitieuError);
      try {
        roundTo(1, decimals);
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path).toEqual(['decimals']);
      }
    });

    it('rejects an unknown rounding mode', () => {
      expect(() => roundTo(1, 1, 'round' as Rounding)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at rounding: expected a rounding mode (half-up, half-even, truncate, ceil, floor); received "round"]`,
      );
    });

    it('rejects a bad value with invalid-number at x', () => {
      try {
        roundTo(Number.NaN, 1);
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-number');
        expect((error as ChitieuError).path).toEqual(['x']);
      }
    });
  });

  it('does not mutate its input', () => {
    const x = new Decimal('1.2345');
    roundTo(x, 2, 'truncate');
    expect(x.toString()).toBe('1.2345');
  });

  it('every mode lands within one unit of the last place, on the side the mode names', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...roundings),
        (n, m, d, rounding) => {
          const x = new Decimal(n).div(m);
          const r = roundTo(x, d, rounding);
          const unit = new Decimal(10).pow(-d);
          expect(r.minus(x).abs().lte(unit)).toBe(true);
          expect(r.decimalPlaces()).toBeLessThanOrEqual(d);
          if (rounding === 'floor') expect(r.lte(x)).toBe(true);
          if (rounding === 'ceil') expect(r.gte(x)).toBe(true);
          if (rounding === 'truncate') expect(r.abs().lte(x.abs())).toBe(true);
          if (rounding === 'half-up' || rounding === 'half-even') {
            expect(r.minus(x).abs().lte(unit.div(2))).toBe(true);
          }
        },
      ),
    );
  });
});
