import { describe, expect, it } from 'vitest';
import { checkPeriod, freezePeriod, periodProblem } from '../../src/period/check-period.js';
import type { Period } from '../../src/period/period-schema.js';
import { caught } from '../support/caught.js';

describe('checkPeriod', () => {
  it('returns a valid period as it is', () => {
    const p: Period = { kind: 'quarter', year: 2021, quarter: 3 };
    expect(checkPeriod(p)).toBe(p);
  });

  it('throws invalid-period at period + the bad field', () => {
    const cases: [unknown, readonly (string | number)[]][] = [
      [{ kind: 'half', year: 2020, half: 3 }, ['period', 'half']],
      [{ kind: 'quarter', year: 2021, quarter: 0 }, ['period', 'quarter']],
      [{ kind: 'month', year: 2021, month: 0 }, ['period', 'month']],
      [{ kind: 'year', year: 1899 }, ['period', 'year']],
      [{ kind: 'nine-months', year: '2022' }, ['period', 'year']],
      [{ kind: 'stage', startYear: 2021.5, endYear: 2025 }, ['period', 'startYear']],
      [{ kind: 'term', startYear: 2025, endYear: 2020 }, ['period', 'endYear']],
      [{ kind: 'week', year: 2021 }, ['period', 'kind']],
      [null, ['period']],
    ];
    for (const [input, path] of cases) {
      const error = caught(() => checkPeriod(input as Period));
      expect(error.code).toBe('invalid-period');
      expect(error.path).toEqual(path);
    }
  });

  it('says what it expected and what it found', () => {
    expect(() =>
      checkPeriod({ kind: 'half', year: 2020, half: 3 } as unknown as Period),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ) at period.half: expected a half of 1 or 2 (6 tháng đầu năm / 6 tháng cuối năm); received 3]`,
    );
    expect(() =>
      checkPeriod({ kind: 'term', startYear: 2025, endYear: 2020 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ) at period.endYear: expected an end year after the start year 2025; received 2020]`,
    );
    expect(() => checkPeriod(null as unknown as Period)).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ) at period: expected a period (kỳ) object such as { kind: "year", year: 2021 }; received null]`,
    );
    expect(() =>
      checkPeriod({ kind: 'month', year: 2021, month: 13 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ) at period.month: expected a month (tháng) from 1 to 12; received 13]`,
    );
    expect(() =>
      checkPeriod({ kind: 'week' } as unknown as Period, ['items', 2, 'period']),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ) at items[2].period.kind: expected one of "month", "quarter", "half", "nine-months", "year", "stage", "term"; received "week"]`,
    );
  });

  describe('edge cases', () => {
    it('treats arrays as non-periods', () => {
      expect(periodProblem([])?.path).toEqual([]);
    });

    it('reports the year before the half', () => {
      expect(periodProblem({ kind: 'half', year: 1800, half: 3 })?.path).toEqual(['year']);
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'year', year: 2021 } as const);
    checkPeriod(input);
    expect(input).toEqual({ kind: 'year', year: 2021 });
  });
});

describe('freezePeriod', () => {
  it('copies only the fields of the kind, frozen', () => {
    const input = { kind: 'half', year: 2020, half: 1, note: 'sơ kết' } as Period;
    const copy = freezePeriod(input);
    expect(copy).toEqual({ kind: 'half', year: 2020, half: 1 });
    expect(copy).not.toBe(input);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('copies every kind', () => {
    const periods: Period[] = [
      { kind: 'year', year: 2021 },
      { kind: 'nine-months', year: 2021 },
      { kind: 'quarter', year: 2021, quarter: 4 },
      { kind: 'month', year: 2021, month: 12 },
      { kind: 'stage', startYear: 2021, endYear: 2025 },
      { kind: 'term', startYear: 2020, endYear: 2025 },
    ];
    for (const p of periods) expect(freezePeriod(p)).toEqual(p);
    for (const p of periods) expect(Object.keys(freezePeriod(p))).toEqual(Object.keys(p));
  });
});
