import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { type Period, periodSchema } from '../../src/period/period-schema.js';
import { periodArb } from './period-arbitrary.js';

describe('periodSchema', () => {
  it('accepts each kind of period (năm, 6 tháng, quý, tháng, 9 tháng, giai đoạn, nhiệm kỳ)', () => {
    const periods: Period[] = [
      { kind: 'year', year: 2021 },
      { kind: 'half', year: 2020, half: 1 },
      { kind: 'half', year: 2020, half: 2 },
      { kind: 'quarter', year: 2021, quarter: 3 },
      { kind: 'month', year: 2021, month: 3 },
      { kind: 'nine-months', year: 2022 },
      { kind: 'stage', startYear: 2021, endYear: 2025 },
      { kind: 'term', startYear: 2020, endYear: 2025 },
    ];
    for (const p of periods) expect(z.parse(periodSchema, p)).toEqual(p);
  });

  it('freezes its output and drops unknown fields', () => {
    const out = z.parse(periodSchema, { kind: 'year', year: 2021, note: 'ước thực hiện' });
    expect(out).toEqual({ kind: 'year', year: 2021 });
    expect(Object.isFrozen(out)).toBe(true);
  });

  describe('edge cases', () => {
    it('accepts the limit years 1900 and 2200 and rejects 1899 and 2201', () => {
      expect(z.safeParse(periodSchema, { kind: 'year', year: 1900 }).success).toBe(true);
      expect(z.safeParse(periodSchema, { kind: 'year', year: 2200 }).success).toBe(true);
      expect(z.safeParse(periodSchema, { kind: 'year', year: 1899 }).success).toBe(false);
      expect(z.safeParse(periodSchema, { kind: 'year', year: 2201 }).success).toBe(false);
      expect(
        z.safeParse(periodSchema, { kind: 'stage', startYear: 2199, endYear: 2200 }).success,
      ).toBe(true);
    });

    it('rejects half 3, quarter 0, month 13, a fractional year and a year as a string', () => {
      const bad = [
        { kind: 'half', year: 2020, half: 3 },
        { kind: 'quarter', year: 2021, quarter: 0 },
        { kind: 'month', year: 2021, month: 13 },
        { kind: 'month', year: 2021, month: 1.5 },
        { kind: 'year', year: 2021.5 },
        { kind: 'year', year: '2021' },
        { kind: 'year', year: Number.NaN },
        { kind: 'nine-months' },
      ];
      for (const b of bad)
        expect(z.safeParse(periodSchema, b).success, JSON.stringify(b)).toBe(false);
    });

    it('rejects a stage or term that does not end after it starts, at endYear', () => {
      for (const kind of ['stage', 'term'] as const) {
        for (const endYear of [2021, 2020]) {
          const r = z.safeParse(periodSchema, { kind, startYear: 2021, endYear });
          expect(r.success).toBe(false);
          expect(r.error?.issues[0]?.path).toEqual(['endYear']);
          expect(r.error?.issues[0]).toMatchObject({
            code: 'custom',
            message: 'expected an end year after the start year 2021',
          });
        }
      }
    });

    it('rejects an unknown kind at kind', () => {
      const r = z.safeParse(periodSchema, { kind: 'week', year: 2021 });
      expect(r.error?.issues[0]?.path).toEqual(['kind']);
    });
  });

  it('takes back every period it lets through, after a JSON round trip', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(z.parse(periodSchema, JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'half', year: 2020, half: 1, extra: true });
    z.parse(periodSchema, input);
    expect(input).toEqual({ kind: 'half', year: 2020, half: 1, extra: true });
  });
});
