import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addCalendarMonths, completedMonths } from '../../src/party/calendar-months.js';
import { dayNumber } from '../../src/period/calendar.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('addCalendarMonths', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addCalendarMonths({ year: 2021, month: 3, day: 26 }, 12)).toEqual({
      year: 2022,
      month: 3,
      day: 26,
    });
    expect(addCalendarMonths({ year: 2020, month: 2, day: 29 }, 12)).toEqual({
      year: 2021,
      month: 2,
      day: 28,
    });
    expect(addCalendarMonths({ year: 2021, month: 1, day: 31 }, 1)).toEqual({
      year: 2021,
      month: 2,
      day: 28,
    });
  });

  it('gives the same day in every time zone, across DST shifts', () => {
    for (const tz of [
      'UTC',
      'Asia/Ho_Chi_Minh',
      'America/Sao_Paulo',
      'Pacific/Kiritimati',
      'America/Los_Angeles',
      'Asia/Tehran',
    ]) {
      process.env.TZ = tz;
      expect(addCalendarMonths({ year: 2018, month: 11, day: 4 }, 12)).toEqual({
        year: 2019,
        month: 11,
        day: 4,
      });
      expect(addCalendarMonths({ year: 2021, month: 3, day: 14 }, 12)).toEqual({
        year: 2022,
        month: 3,
        day: 14,
      });
    }
  });

  it('handles years before 100 AD without the two-digit-year trap', () => {
    expect(addCalendarMonths({ year: 1, month: 1, day: 1 }, 12).year).toBe(2);
  });
});

describe('completedMonths', () => {
  it('counts whole months completed', () => {
    const birth = { year: 2003, month: 6, day: 15 };
    expect(completedMonths(birth, { year: 2021, month: 6, day: 15 })).toBe(216);
    expect(completedMonths(birth, { year: 2021, month: 6, day: 14 })).toBe(215);
    expect(completedMonths(birth, birth)).toBe(0);
  });

  it('a 29 February birthday completes its year on 28 February', () => {
    const leap = { year: 2004, month: 2, day: 29 };
    expect(completedMonths(leap, { year: 2022, month: 2, day: 28 })).toBe(216);
    expect(completedMonths(leap, { year: 2022, month: 2, day: 27 })).toBe(215);
  });

  it('is the largest n with from + n months on or before to', () => {
    const day = fc.record({
      year: fc.integer({ min: 1950, max: 2050 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40000 }), (from, extra) => {
        const to = { year: from.year, month: from.month, day: from.day };
        const target = dayNumber(to) + extra;
        // walk forward by days using the month arithmetic itself
        const n = completedMonths(from, fromDayNumber(target));
        expect(dayNumber(addCalendarMonths(from, n))).toBeLessThanOrEqual(target);
        expect(dayNumber(addCalendarMonths(from, n + 1))).toBeGreaterThan(target);
      }),
    );
  });
});

/** Civil date from a day number (inverse of dayNumber), for the property above. */
function fromDayNumber(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: m <= 2 ? y + 1 : y, month: m, day: d };
}
