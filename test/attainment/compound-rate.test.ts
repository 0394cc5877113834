import { describe, expect, it } from 'vitest';
import { checkedCompoundArgs, compoundRate } from '../../src/attainment/compound-rate.js';
import type { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';

const d = (x: number | string): Decimal => new Decimal(x);

describe('compoundRate', () => {
  it('1.000 → 1.331 over 3 years is exactly 10% a year', () => {
    expect(compoundRate(d(1000), d(1331), d(3)).toString()).toBe('10');
  });

  it('over one year it is the plain growth, exact', () => {
    expect(compoundRate(d(3), d(4), d(1)).toString()).toBe(
      d(4).div(3).minus(1).times(100).toString(),
    );
  });

  describe('edge cases', () => {
    it('an end of 0 is −100% a year', () => {
      expect(compoundRate(d(5), d(0), d(4)).toString()).toBe('-100');
    });

    it('no change is an unsigned 0', () => {
      expect(compoundRate(d(5), d(5), d(3)).isNegative()).toBe(false);
    });

    it('refuses a rate past 1e1000 percent at the years path, never returning Infinity', () => {
      expect(() =>
        compoundRate(d('1e-1000'), d('1e1000'), d(1), ['targetYear']),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at targetYear: expected a number of years over which the compound rate stays within 1e±1000 percent; received "1"]`,
      );
      expect(() => compoundRate(d(1), d(2), d('1e-9'))).toThrow(/at years:/);
    });

    it('checkedCompoundArgs says what each argument should have been', () => {
      const paths = [['start'], ['end'], ['years']] as const;
      expect(() => checkedCompoundArgs(1, -1, 1, paths)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at end: expected an end figure that is not negative; received -1]`,
      );
      expect(() => checkedCompoundArgs(1, 1, 0, paths)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at years: expected a positive number of years; received 0]`,
      );
    });

    it('checkedCompoundArgs rejects a start ≤ 0, an end < 0 and years ≤ 0 with their paths', () => {
      const paths = [['start'], ['end'], ['years']] as const;
      for (const [args, path] of [
        [[0, 1, 1], ['start']],
        [[-1, 1, 1], ['start']],
        [[1, -1, 1], ['end']],
        [[1, 1, 0], ['years']],
        [[1, 1, -2], ['years']],
      ] as const) {
        try {
          checkedCompoundArgs(args[0], args[1], args[2], paths);
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(path);
        }
      }
    });
  });

  it('does not mutate its input', () => {
    const start = d(100);
    compoundRate(start, d(121), d(2));
    expect(start.toString()).toBe('100');
  });
});
