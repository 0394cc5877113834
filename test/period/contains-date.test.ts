import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { periodContains } from '../../src/period/contains-date.js';
import { elapsedShare } from '../../src/period/elapsed-share.js';
import { periodInterval } from '../../src/period/period-interval.js';
import type { Period } from '../../src/period/period-schema.js';
import { isoDateArb, periodArb, shiftIsoDate } from './period-arbitrary.js';
import { inTimeZone, timeZones } from './tz.js';

const firstHalf2020: Period = { kind: 'half', year: 2020, half: 1 };

describe('periodContains', () => {
  it('6 tháng đầu năm 2020 includes 1 January and 30 June, not 1 July', () => {
    expect(periodContains(firstHalf2020, '2020-01-01')).toBe(true);
    expect(periodContains(firstHalf2020, '2020-06-30')).toBe(true);
    expect(periodContains(firstHalf2020, '2020-07-01')).toBe(false);
    expect(periodContains(firstHalf2020, '2019-12-31')).toBe(false);
  });

  it('a term includes both its boundary years', () => {
    const term: Period = { kind: 'term', startYear: 2020, endYear: 2025 };
    expect(periodContains(term, '2020-01-01')).toBe(true);
    expect(periodContains(term, '2025-12-31')).toBe(true);
    expect(periodContains(term, '2026-01-01')).toBe(false);
  });

  describe('edge cases', () => {
    it('includes 29 February in a leap year', () => {
      expect(periodContains({ kind: 'month', year: 2024, month: 2 }, '2024-02-29')).toBe(true);
      expect(periodContains({ kind: 'quarter', year: 2024, quarter: 1 }, '2024-02-29')).toBe(true);
    });

    it('takes a Date as its local calendar day, in any time zone', () => {
      for (const zone of timeZones) {
        inTimeZone(zone, () => {
          expect(periodContains(firstHalf2020, new Date(2020, 5, 30, 23, 30)), zone).toBe(true);
          expect(periodContains(firstHalf2020, new Date(2020, 6, 1, 0, 30)), zone).toBe(false);
        });
      }
    });

    it('rejects bad dates and periods', () => {
      expect(() => periodContains(firstHalf2020, '2020-02-30')).toThrow(ChitieuError);
      try {
        periodContains({ kind: 'month', year: 2020, month: 0 }, '2020-01-01');
        expect.unreachable();
      } catch (error) {
        expect((error as ChitieuError).code).toBe('invalid-period');
        expect((error as ChitieuError).path).toEqual(['period', 'month']);
      }
    });
  });

  it('holds exactly on the days from start to end', () => {
    fc.assert(
      fc.property(periodArb, isoDateArb, (p, date) => {
        const { start, end } = periodInterval(p);
        expect(periodContains(p, date)).toBe(date >= start && date <= end);
        expect(periodContains(p, start) && periodContains(p, end)).toBe(true);
        expect(
          periodContains(p, shiftIsoDate(start, -1)) || periodContains(p, shiftIsoDate(end, 1)),
        ).toBe(false);
      }),
    );
  });

  it('agrees with elapsedShare: inside means some of the period has passed and some is left, or it is the last day', () => {
    fc.assert(
      fc.property(periodArb, isoDateArb, (p, date) => {
        const inside = elapsedShare(p, date).gt(0) && elapsedShare(p, shiftIsoDate(date, -1)).lt(1);
        expect(periodContains(p, date)).toBe(inside);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'year', year: 2021 } as const);
    periodContains(input, '2021-05-01');
    expect(input).toEqual({ kind: 'year', year: 2021 });
  });
});
