import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodInterval } from '../../src/period/period-interval.js';
import type { Period } from '../../src/period/period-schema.js';
import { previousPeriod } from '../../src/period/previous-period.js';
import { caught } from '../support/caught.js';
import { periodArb, shiftIsoDate } from './period-arbitrary.js';

describe('previousPeriod', () => {
  it('steps back one period of the same kind', () => {
    expect(previousPeriod({ kind: 'year', year: 2021 })).toEqual({ kind: 'year', year: 2020 });
    expect(previousPeriod({ kind: 'half', year: 2020, half: 2 })).toEqual({
      kind: 'half',
      year: 2020,
      half: 1,
    });
    expect(previousPeriod({ kind: 'quarter', year: 2021, quarter: 3 })).toEqual({
      kind: 'quarter',
      year: 2021,
      quarter: 2,
    });
    expect(previousPeriod({ kind: 'month', year: 2021, month: 3 })).toEqual({
      kind: 'month',
      year: 2021,
      month: 2,
    });
    expect(previousPeriod({ kind: 'nine-months', year: 2022 })).toEqual({
      kind: 'nine-months',
      year: 2021,
    });
  });

  it('crosses the year border: 6 tháng đầu năm, quý I and tháng 1 go back to last year', () => {
    expect(previousPeriod({ kind: 'half', year: 2021, half: 1 })).toEqual({
      kind: 'half',
      year: 2020,
      half: 2,
    });
    expect(previousPeriod({ kind: 'quarter', year: 2021, quarter: 1 })).toEqual({
      kind: 'quarter',
      year: 2020,
      quarter: 4,
    });
    expect(previousPeriod({ kind: 'month', year: 2021, month: 1 })).toEqual({
      kind: 'month',
      year: 2020,
      month: 12,
    });
  });

  it('the plan stage before giai đoạn 2021–2025 is 2016–2020', () => {
    expect(previousPeriod({ kind: 'stage', startYear: 2021, endYear: 2025 })).toEqual({
      kind: 'stage',
      startYear: 2016,
      endYear: 2020,
    });
    expect(previousPeriod({ kind: 'stage', startYear: 2026, endYear: 2035 })).toEqual({
      kind: 'stage',
      startYear: 2016,
      endYear: 2025,
    });
  });

  it('the term before nhiệm kỳ 2020–2025 is 2015–2020, and before HĐND 2021–2026 is 2016–2021', () => {
    expect(previousPeriod({ kind: 'term', startYear: 2020, endYear: 2025 })).toEqual({
      kind: 'term',
      startYear: 2015,
      endYear: 2020,
    });
    expect(previousPeriod({ kind: 'term', startYear: 2021, endYear: 2026 })).toEqual({
      kind: 'term',
      startYear: 2016,
      endYear: 2021,
    });
  });

  it('returns a frozen period', () => {
    expect(Object.isFrozen(previousPeriod({ kind: 'month', year: 2021, month: 1 }))).toBe(true);
  });

  describe('edge cases', () => {
    it('reaches back to 1900 but not before, with invalid-period at the year', () => {
      expect(previousPeriod({ kind: 'year', year: 1901 })).toEqual({ kind: 'year', year: 1900 });
      expect(previousPeriod({ kind: 'half', year: 1900, half: 2 })).toEqual({
        kind: 'half',
        year: 1900,
        half: 1,
      });
      const error = caught(() => previousPeriod({ kind: 'quarter', year: 1900, quarter: 1 }));
      expect(error.code).toBe('invalid-period');
      expect(error.path).toEqual(['period', 'year']);
      expect(() =>
        previousPeriod({ kind: 'month', year: 1900, month: 1 }),
      ).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid period (kỳ) at period.year: expected a period whose previous period starts in 1900 or later; received 1900]`,
      );
      const stage = caught(() => previousPeriod({ kind: 'stage', startYear: 1901, endYear: 1905 }));
      expect(stage.path).toEqual(['period', 'startYear']);
      expect(previousPeriod({ kind: 'stage', startYear: 1905, endYear: 1909 })).toEqual({
        kind: 'stage',
        startYear: 1900,
        endYear: 1904,
      });
    });

    it('rejects a malformed period', () => {
      expect(
        caught(() => previousPeriod({ kind: 'half', year: 2020, half: 3 } as unknown as Period))
          .path,
      ).toEqual(['period', 'half']);
    });
  });

  it('ends the day before the period starts, except nine months and terms', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind !== 'nine-months' && p.kind !== 'term');
        fc.pre('year' in p ? p.year > 1900 : p.startYear - (p.endYear - p.startYear + 1) >= 1900);
        const before = periodInterval(previousPeriod(p));
        const now = periodInterval(p);
        expect(shiftIsoDate(before.end, 1)).toBe(now.start);
        expect(previousPeriod(p).kind).toBe(p.kind);
      }),
    );
  });

  it('keeps the length of a stage or term; a term ends in the year the next one starts', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        fc.pre(p.kind === 'stage' || p.kind === 'term');
        if (p.kind !== 'stage' && p.kind !== 'term') return;
        fc.pre(p.startYear - (p.endYear - p.startYear + 1) >= 1900);
        const q = previousPeriod(p);
        if (q.kind !== 'stage' && q.kind !== 'term') throw new Error('kind changed');
        expect(q.endYear - q.startYear).toBe(p.endYear - p.startYear);
        expect(q.endYear).toBe(p.kind === 'term' ? p.startYear : p.startYear - 1);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'quarter', year: 2021, quarter: 1 } as const);
    previousPeriod(input);
    expect(input).toEqual({ kind: 'quarter', year: 2021, quarter: 1 });
  });
});
