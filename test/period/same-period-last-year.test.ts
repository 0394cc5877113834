import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { periodInterval } from '../../src/period/period-interval.js';
import { periodLabel } from '../../src/period/period-label.js';
import type { Period } from '../../src/period/period-schema.js';
import { previousPeriod } from '../../src/period/previous-period.js';
import { samePeriodLastYear } from '../../src/period/same-period-last-year.js';
import { periodArb } from './period-arbitrary.js';

describe('samePeriodLastYear', () => {
  it('6 tháng đầu năm 2020 is compared with 6 tháng đầu năm 2019 (cùng kỳ năm trước)', () => {
    expect(samePeriodLastYear({ kind: 'half', year: 2020, half: 1 })).toEqual({
      kind: 'half',
      year: 2019,
      half: 1,
    });
  });

  it('keeps the half, quarter or month and moves the year back', () => {
    expect(periodLabel(samePeriodLastYear({ kind: 'half', year: 2020, half: 2 }))).toBe(
      '6 tháng cuối năm 2019',
    );
    expect(periodLabel(samePeriodLastYear({ kind: 'quarter', year: 2024, quarter: 2 }))).toBe(
      'quý II năm 2023',
    );
    expect(periodLabel(samePeriodLastYear({ kind: 'month', year: 2021, month: 1 }))).toBe(
      'tháng 1 năm 2020',
    );
    expect(periodLabel(samePeriodLastYear({ kind: 'nine-months', year: 2022 }))).toBe(
      '9 tháng đầu năm 2021',
    );
    expect(periodLabel(samePeriodLastYear({ kind: 'year', year: 2021 }))).toBe('năm 2020');
  });

  it('compares a stage or term with the previous one of the same length', () => {
    expect(samePeriodLastYear({ kind: 'stage', startYear: 2021, endYear: 2025 })).toEqual({
      kind: 'stage',
      startYear: 2016,
      endYear: 2020,
    });
    expect(samePeriodLastYear({ kind: 'term', startYear: 2020, endYear: 2025 })).toEqual({
      kind: 'term',
      startYear: 2015,
      endYear: 2020,
    });
  });

  describe('edge cases', () => {
    it('goes back to 1900 but not before', () => {
      expect(samePeriodLastYear({ kind: 'month', year: 1901, month: 12 })).toEqual({
        kind: 'month',
        year: 1900,
        month: 12,
      });
      expect(() =>
        samePeriodLastYear({ kind: 'half', year: 1900, half: 2 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ) at period.year: expected a period whose same period last year is in 1900 or later; received 1900]`,
      );
    });

    it('drops fields that are not part of the period', () => {
      const input = { kind: 'year', year: 2021, note: 'ước' } as Period;
      expect(samePeriodLastYear(input)).toEqual({ kind: 'year', year: 2020 });
    });

    it('rejects a malformed period with invalid-period', () => {
      try {
        samePeriodLastYear({ kind: 'month', year: 2021, month: 13 });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).path).toEqual(['period', 'month']);
      }
    });
  });

  it('is the same stretch of the calendar one year earlier', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind !== 'stage' && p.kind !== 'term' && p.year > 1900);
        const last = periodInterval(samePeriodLastYear(p));
        const now = periodInterval(p);
        expect(last.start.slice(4)).toBe(now.start.slice(4));
        expect(Number(last.start.slice(0, 4))).toBe(Number(now.start.slice(0, 4)) - 1);
        expect(Math.abs(last.days - now.days)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('agrees with previousPeriod on years, nine months, stages and terms', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(
          p.kind === 'year' || p.kind === 'nine-months' || p.kind === 'stage' || p.kind === 'term',
        );
        let expected: Period | ChitieuError;
        try {
          expected = previousPeriod(p);
        } catch (error) {
          expected = error as ChitieuError;
        }
        if (expected instanceof ChitieuError) {
          expect(() => samePeriodLastYear(p)).toThrow(ChitieuError);
        } else {
          expect(samePeriodLastYear(p)).toEqual(expected);
        }
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'half', year: 2020, half: 1 } as const);
    const out = samePeriodLastYear(input);
    expect(input).toEqual({ kind: 'half', year: 2020, half: 1 });
    expect(Object.isFrozen(out)).toBe(true);
  });
});
