import { isMainThread } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import {
  dayNumber,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  readDate,
} from '../../src/period/calendar.js';
import { inTimeZone, timeZones } from './tz.js';

describe('isLeapYear and daysInMonth', () => {
  it('2020 and 2024 are leap years; 1900, 2100 and 2200 are not; 2000 is', () => {
    expect([2020, 2024, 2000].map(isLeapYear)).toEqual([true, true, true]);
    expect([2021, 1900, 2100, 2200].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('gives February 29 days in a leap year, 28 otherwise', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2021, m))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(
      dayNumber({ year: 2021, month: 6, day: 30 }) - dayNumber({ year: 2021, month: 1, day: 1 }),
    ).toBe(180);
    expect(dayNumber({ year: 1900, month: 1, day: 1 })).toBe(-25567);
  });

  it('agrees with Date.UTC on every day from 1800 to 2400', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1800, 0, 1)),
          max: new Date(Date.UTC(2400, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const date = {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
          };
          const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
          expect(dayNumber(date)).toBe(utcMidnight / 86_400_000);
        },
      ),
    );
  });
});

describe('formatIsoDate', () => {
  it('pads to YYYY-MM-DD', () => {
    expect(formatIsoDate({ year: 2021, month: 3, day: 5 })).toBe('2021-03-05');
    expect(formatIsoDate({ year: 2200, month: 12, day: 31 })).toBe('2200-12-31');
  });

  it('pads a year below 1000 with zeros, so that readDate reads it back', () => {
    expect(formatIsoDate({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
    expect(formatIsoDate({ year: 7, month: 1, day: 1 })).toBe('0007-01-01');
    expect(readDate('0999-12-31')).toEqual({ year: 999, month: 12, day: 31 });
  });
});

describe('readDate', () => {
  it('reads a YYYY-MM-DD string', () => {
    expect(readDate('2021-06-30')).toEqual({ year: 2021, month: 6, day: 30 });
    expect(readDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  // process.env.TZ takes effect in a process (vitest's default `forks` pool), not in a worker
  // thread (Stryker runs vitest with `pool: 'threads'`), where the zone tests see one zone.
  it.runIf(isMainThread)('runs the time-zone tests in zones that really differ', () => {
    const offsets = timeZones.map((zone) =>
      inTimeZone(zone, () => new Date(2021, 5, 30).getTimezoneOffset()),
    );
    expect(new Set(offsets).size).toBe(timeZones.length);
  });

  it('reads a Date as the calendar day it shows locally, in any time zone', () => {
    for (const zone of timeZones) {
      inTimeZone(zone, () => {
        expect(readDate(new Date(2021, 5, 30)), zone).toEqual({ year: 2021, month: 6, day: 30 });
        expect(readDate(new Date(2021, 0, 1, 0, 0, 0)), zone).toEqual({
          year: 2021,
          month: 1,
          day: 1,
        });
        expect(readDate(new Date(2020, 11, 31, 23, 59, 59, 999)), zone).toEqual({
          year: 2020,
          month: 12,
          day: 31,
        });
      });
    }
  });

  describe('edge cases', () => {
    it('rejects days that do not exist, other formats and non-dates with invalid-argument', () => {
      for (const bad of [
        '2021-02-29',
        '1900-02-29',
        '2021-04-31',
        '2021-13-01',
        '2021-00-10',
        '2021-01-00',
        '30/06/2021',
        '2021-6-30',
        '2021-06-30T00:00:00Z',
        ' 2021-06-30',
        '',
        20210630,
        null,
        new Date(Number.NaN),
        { year: 2021, month: 6, day: 30 },
      ]) {
        try {
          readDate(bad as string);
          expect.unreachable(String(bad));
        } catch (error) {
          expect(error).toBeInstanceOf(ChitieuError);
          expect((error as ChitieuError).code).toBe('invalid-argument');
          expect((error as ChitieuError).path).toEqual(['date']);
        }
      }
    });

    it('pins its message', () => {
      expect(() => readDate('2021-02-29')).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at date: expected a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date; received "2021-02-29"]`,
      );
      expect(() => readDate(new Date(Number.NaN), ['when'])).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at when: expected a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date; received "Invalid Date"]`,
      );
    });

    it('names what it received when that is no Date at all', () => {
      const fake = { year: 2021, month: 6, day: 30, [Symbol.toStringTag]: 'Date' };
      expect(() => readDate(fake as unknown as Date)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at date: expected a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date; received an object]`,
      );
      expect(() => readDate(20210630 as unknown as string)).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at date: expected a calendar date as a "YYYY-MM-DD" string (e.g. "2021-06-30") or a valid Date; received 20210630]`,
      );
    });
  });

  it('reads back every day it formats', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1000, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (d) => {
          const date = {
            year: d.getUTCFullYear(),
            month: d.getUTCMonth() + 1,
            day: d.getUTCDate(),
          };
          expect(readDate(formatIsoDate(date))).toEqual(date);
        },
      ),
    );
  });

  it('does not mutate a Date it reads', () => {
    const d = new Date(2021, 5, 30, 12);
    const time = d.getTime();
    readDate(d);
    expect(d.getTime()).toBe(time);
  });
});
