import { describe, expect, it } from 'vitest';
import { cagr } from '../../src/attainment/cagr.js';
import { requiredGrowth } from '../../src/attainment/required-growth.js';
import type { ChitieuError } from '../../src/errors.js';
import { formatViNumber } from '../../src/notation/format-vi-number.js';
import { Decimal } from '../../src/numeric/decimal.js';

describe('requiredGrowth', () => {
  it('income 49,22 must grow 4,63% to reach 51,5 triệu đồng next year', () => {
    expect(formatViNumber(requiredGrowth('49.22', '51.5', 1), { decimals: 2 })).toBe('4,63');
  });

  it('100 → 121 in two years needs exactly 10% a year', () => {
    expect(requiredGrowth(100, 121, 2).toString()).toBe('10');
  });

  it('is the CAGR from the current figure to the target', () => {
    expect(requiredGrowth(3200, 5000, 4).eq(cagr(3200, 5000, 4))).toBe(true);
  });

  describe('edge cases', () => {
    it('a target below the current figure needs a negative growth', () => {
      expect(requiredGrowth('4.98', 2, 4).isNegative()).toBe(true);
    });

    it('names its own arguments in errors', () => {
      for (const [f, path] of [
        [() => requiredGrowth(0, 1, 1), ['current']],
        [() => requiredGrowth(1, -1, 1), ['target']],
        [() => requiredGrowth(1, 1, 0), ['years']],
      ] as const) {
        try {
          f();
          expect.unreachable();
        } catch (error) {
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(path);
        }
      }
    });
  });

  it('does not mutate its input', () => {
    const current = new Decimal('49.22');
    requiredGrowth(current, '51.5', 1);
    expect(current.toString()).toBe('49.22');
  });
});
