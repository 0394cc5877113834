import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { elapsedShare } from '../../src/period/elapsed-share.js';
import { periodInterval } from '../../src/period/period-interval.js';
import type { Period } from '../../src/period/period-schema.js';
import { caught } from '../support/caught.js';
import { isoDateArb, periodArb, shiftIsoDate } from './period-arbitrary.js';
import { inTimeZone, timeZones } from './tz.js';

const y2021: Period = { kind: 'year', year: 2021 };

describe('elapsedShare', () => {
  it('by 30 June 2021, 181 of the 365 days of 2021 have passed', () => {
    const share = elapsedShare(y2021, '2021-06-30');
    expect(share.equals(new Decimal(181).div(365))).toBe(true);
    expect(formatViPercent(share.times(100), { rounding: 'half-up' })).toBe('49,6%');
    expect(formatViPercent(share.times(100))).toBe('49,5%');
  });

  it('counts the given date as elapsed', () => {
    expect(elapsedShare(y2021, '2021-01-01').equals(new Decimal(1).div(365))).toBe(true);
    expect(elapsedShare({ kind: 'month', year: 2021, month: 4 }, '2021-04-15').toString()).toBe(
      '0.5',
    );
  });

  it('is 0 before the period starts and 1 from its last day on', () => {
    expect(elapsedShare(y2021, '2020-12-31').toString()).toBe('0');
    expect(elapsedShare(y2021, '1999-06-01').toString()).toBe('0');
    expect(elapsedShare(y2021, '2021-12-31').toString()).toBe('1');
    expect(elapsedShare(y2021, '2022-01-01').toString()).toBe('1');
  });

  it('measures a term over all its days: halfway through nhiệm kỳ 2020–2025', () => {
    const share = elapsedShare({ kind: 'term', startYear: 2020, endYear: 2025 }, '2022-12-31');
    expect(share.equals(new Decimal(366 + 365 + 365).div(2192))).toBe(true);
  });

  it('takes a Date as the calendar day it shows locally, in any time zone', () => {
    for (const zone of timeZones) {
      inTimeZone(zone, () => {
        expect(
          elapsedShare(y2021, new Date(2021, 5, 30)).equals(new Decimal(181).div(365)),
          zone,
        ).toBe(true);
        expect(
          elapsedShare(y2021, new Date(2021, 5, 30, 23, 59)).equals(new Decimal(181).div(365)),
          zone,
        ).toBe(true);
      });
    }
  });

  describe('edge cases', () => {
    it('counts 29 February in 2020 and 2024', () => {
      expect(
        elapsedShare({ kind: 'year', year: 2024 }, '2024-02-29').equals(new Decimal(60).div(366)),
      ).toBe(true);
      expect(
        elapsedShare({ kind: 'half', year: 2020, half: 1 }, '2020-03-01').equals(
          new Decimal(61).div(182),
        ),
      ).toBe(true);
    });

    it('crosses the December/January border of a quarter', () => {
      const q4: Period = { kind: 'quarter', year: 2020, quarter: 4 };
      expect(elapsedShare(q4, '2020-12-31').toString()).toBe('1');
      expect(
        elapsedShare({ kind: 'quarter', year: 2021, quarter: 1 }, '2020-12-31').toString(),
      ).toBe('0');
      expect(
        elapsedShare({ kind: 'quarter', year: 2021, quarter: 1 }, '2021-01-01').equals(
          new Decimal(1).div(90),
        ),
      ).toBe(true);
    });

    it('works at the limit years', () => {
      expect(elapsedShare({ kind: 'year', year: 1900 }, '1900-12-31').toString()).toBe('1');
      expect(
        elapsedShare({ kind: 'month', year: 2200, month: 12 }, '2200-12-16').equals(
          new Decimal(16).div(31),
        ),
      ).toBe(true);
    });

    it('rejects a day that does not exist or another format with invalid-argument at date', () => {
      for (const bad of ['2021-02-29', '30/6/2021', '2021-6-30', '', new Date(Number.NaN)]) {
        const error = caught(() => elapsedShare(y2021, bad));
        expect(error.code).toBe('invalid-argument');
        expect(error.path).toEqual(['date']);
      }
    });

    it('rejects a malformed period with invalid-period', () => {
      const error = caught(() =>
        elapsedShare({ kind: 'half', year: 2020, half: 3 } as unknown as Period, '2020-01-01'),
      );
      expect(error.code).toBe('invalid-period');
      expect(error.path).toEqual(['period', 'half']);
    });
  });

  it('is a whole number of days over the period length, between 0 and 1, never decreasing', () => {
    fc.assert(
      fc.property(periodArb, isoDateArb, (p, date) => {
        const { days } = periodInterval(p);
        const share = elapsedShare(p, date);
        expect(share.gte(0) && share.lte(1)).toBe(true);
        expect(share.times(days).toDecimalPlaces(30).isInteger()).toBe(true);
        expect(elapsedShare(p, shiftIsoDate(date, 1)).gte(share)).toBe(true);
      }),
    );
  });

  it('is 1/days on the first day and 1 on the last', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const { start, end, days } = periodInterval(p);
        expect(elapsedShare(p, start).equals(new Decimal(1).div(days))).toBe(true);
        expect(elapsedShare(p, end).toString()).toBe('1');
        expect(elapsedShare(p, shiftIsoDate(start, -1)).toString()).toBe('0');
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'year', year: 2021 } as const);
    const date = new Date(2021, 5, 30);
    const time = date.getTime();
    elapsedShare(input, date);
    expect(input).toEqual({ kind: 'year', year: 2021 });
    expect(date.getTime()).toBe(time);
  });
});
