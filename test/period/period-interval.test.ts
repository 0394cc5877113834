import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { isLeapYear } from '../../src/period/calendar.js';
import { periodInterval } from '../../src/period/period-interval.js';
import type { Period } from '../../src/period/period-schema.js';
import { periodArb, shiftIsoDate, yearArb } from './period-arbitrary.js';
import { inTimeZone, timeZones } from './tz.js';

describe('periodInterval', () => {
  it('năm 2021 runs from 1 January to 31 December, 365 days', () => {
    expect(periodInterval({ kind: 'year', year: 2021 })).toEqual({
      period: { kind: 'year', year: 2021 },
      start: '2021-01-01',
      end: '2021-12-31',
      days: 365,
    });
  });

  it('gives the halves, a quarter, a month and nine months', () => {
    expect(periodInterval({ kind: 'half', year: 2021, half: 1 })).toMatchObject({
      start: '2021-01-01',
      end: '2021-06-30',
      days: 181,
    });
    expect(periodInterval({ kind: 'half', year: 2021, half: 2 })).toMatchObject({
      start: '2021-07-01',
      end: '2021-12-31',
      days: 184,
    });
    expect(periodInterval({ kind: 'quarter', year: 2021, quarter: 4 })).toMatchObject({
      start: '2021-10-01',
      end: '2021-12-31',
      days: 92,
    });
    expect(periodInterval({ kind: 'month', year: 2021, month: 4 })).toMatchObject({
      start: '2021-04-01',
      end: '2021-04-30',
      days: 30,
    });
    expect(periodInterval({ kind: 'nine-months', year: 2022 })).toMatchObject({
      start: '2022-01-01',
      end: '2022-09-30',
      days: 273,
    });
  });

  it('a stage 2021–2025 and a term 2020–2025 run from 1 January of the start year to 31 December of the end year', () => {
    expect(periodInterval({ kind: 'stage', startYear: 2021, endYear: 2025 })).toMatchObject({
      start: '2021-01-01',
      end: '2025-12-31',
      days: 1826,
    });
    expect(periodInterval({ kind: 'term', startYear: 2020, endYear: 2025 })).toMatchObject({
      start: '2020-01-01',
      end: '2025-12-31',
      days: 2192,
    });
  });

  describe('edge cases', () => {
    it('counts the leap day of 2020 and 2024', () => {
      expect(periodInterval({ kind: 'year', year: 2020 }).days).toBe(366);
      expect(periodInterval({ kind: 'year', year: 2024 }).days).toBe(366);
      expect(periodInterval({ kind: 'month', year: 2024, month: 2 })).toMatchObject({
        end: '2024-02-29',
        days: 29,
      });
      expect(periodInterval({ kind: 'half', year: 2020, half: 1 }).days).toBe(182);
      expect(periodInterval({ kind: 'quarter', year: 2024, quarter: 1 }).days).toBe(91);
      expect(periodInterval({ kind: 'nine-months', year: 2024 }).days).toBe(274);
    });

    it('handles the limit years 1900 (not a leap year) and 2200', () => {
      expect(periodInterval({ kind: 'month', year: 1900, month: 2 }).days).toBe(28);
      expect(periodInterval({ kind: 'month', year: 2200, month: 12 })).toMatchObject({
        start: '2200-12-01',
        end: '2200-12-31',
      });
      // 301 years, 73 of them leap (1904…2196 every 4 years, less 2100; 1900 and 2200 are not)
      expect(periodInterval({ kind: 'stage', startYear: 1900, endYear: 2200 }).days).toBe(
        301 * 365 + 73,
      );
    });

    it('gives December and January their 31 days across the year border', () => {
      expect(periodInterval({ kind: 'month', year: 2020, month: 12 }).end).toBe('2020-12-31');
      expect(periodInterval({ kind: 'month', year: 2021, month: 1 }).start).toBe('2021-01-01');
    });

    it('is the same on every machine, whatever its time zone', () => {
      const p: Period = { kind: 'half', year: 2024, half: 1 };
      const results = timeZones.map((zone) => inTimeZone(zone, () => periodInterval(p)));
      for (const r of results) expect(r).toEqual(results[0]);
    });

    it('rejects a malformed period with invalid-period', () => {
      try {
        periodInterval({ kind: 'stage', startYear: 2025, endYear: 2021 });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-period');
        expect((error as ChitieuError).path).toEqual(['period', 'endYear']);
      }
    });
  });

  it('the halves, quarters and months of a year tile it', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        const yearDays = periodInterval({ kind: 'year', year }).days;
        expect(yearDays).toBe(isLeapYear(year) ? 366 : 365);
        const halves = ([1, 2] as const).map((half) =>
          periodInterval({ kind: 'half', year, half }),
        );
        const quarters = ([1, 2, 3, 4] as const).map((quarter) =>
          periodInterval({ kind: 'quarter', year, quarter }),
        );
        const months = Array.from({ length: 12 }, (_, i) =>
          periodInterval({ kind: 'month', year, month: i + 1 }),
        );
        for (const parts of [halves, quarters, months]) {
          expect(parts.reduce((sum, p) => sum + p.days, 0)).toBe(yearDays);
          expect(parts[0]?.start).toBe(`${year}-01-01`);
          expect(parts.at(-1)?.end).toBe(`${year}-12-31`);
          parts.slice(1).forEach((p, i) => {
            expect(p.start).toBe(shiftIsoDate(parts[i]?.end ?? '', 1));
          });
        }
        const nine = periodInterval({ kind: 'nine-months', year });
        expect(nine.days).toBe(yearDays - (quarters[3]?.days ?? 0));
      }),
      { numRuns: 200 },
    );
  });

  it('counts the days from start to end inclusive', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const i = periodInterval(p);
        const ms = Date.parse(`${i.end}T00:00:00Z`) - Date.parse(`${i.start}T00:00:00Z`);
        expect(i.days).toBe(ms / 86_400_000 + 1);
        expect(i.period).toEqual(p);
      }),
    );
  });

  it('does not mutate its input, and is not affected by later changes to it', () => {
    const input = { kind: 'year', year: 2021 } as { kind: 'year'; year: number };
    const result = periodInterval(input);
    expect(input).toEqual({ kind: 'year', year: 2021 });
    input.year = 2022;
    expect(result.period).toEqual({ kind: 'year', year: 2021 });
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.period)).toBe(true);
  });
});
