import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/period/parse-period.js';
import { caught } from '../support/caught.js';
import { periodArb } from './period-arbitrary.js';

describe('parsePeriod', () => {
  it('reads a period from JSON', () => {
    expect(parsePeriod(JSON.parse('{"kind":"half","year":2020,"half":1}'))).toEqual({
      kind: 'half',
      year: 2020,
      half: 1,
    });
    expect(parsePeriod({ kind: 'term', startYear: 2021, endYear: 2026 })).toEqual({
      kind: 'term',
      startYear: 2021,
      endYear: 2026,
    });
  });

  it('returns a frozen period without unknown fields', () => {
    const p = parsePeriod({ kind: 'year', year: 2021, label: 'năm 2021' });
    expect(p).toEqual({ kind: 'year', year: 2021 });
    expect(Object.isFrozen(p)).toBe(true);
  });

  describe('bad input is invalid-period at the path of the bad field', () => {
    const cases: [string, unknown, readonly (string | number)[]][] = [
      ['half 3', { kind: 'half', year: 2020, half: 3 }, ['half']],
      ['quarter 0', { kind: 'quarter', year: 2021, quarter: 0 }, ['quarter']],
      ['month 13', { kind: 'month', year: 2021, month: 13 }, ['month']],
      [
        'endYear equal to startYear',
        { kind: 'stage', startYear: 2021, endYear: 2021 },
        ['endYear'],
      ],
      ['endYear before startYear', { kind: 'term', startYear: 2025, endYear: 2020 }, ['endYear']],
      ['a fractional year', { kind: 'year', year: 2021.5 }, ['year']],
      ['a year as a string', { kind: 'year', year: '2021' }, ['year']],
      ['a year before 1900', { kind: 'nine-months', year: 1899 }, ['year']],
      ['a missing year', { kind: 'year' }, ['year']],
      ['an unknown kind', { kind: 'week', year: 2021 }, ['kind']],
      ['a missing kind', { year: 2021 }, ['kind']],
      ['a string', 'năm 2021', []],
      ['null', null, []],
    ];
    for (const [name, input, path] of cases) {
      it(name, () => {
        const error = caught(() => parsePeriod(input));
        expect(error.code).toBe('invalid-period');
        expect(error.path).toEqual(path);
      });
    }
  });

  it('pins its messages', () => {
    expect(() =>
      parsePeriod({ kind: 'half', year: 2020, half: 3 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ): expected a period (kỳ) such as { "kind": "year", "year": 2021 }; 1 problem: half: expected one of 1, 2; received 3]`,
    );
    expect(() =>
      parsePeriod({ kind: 'stage', startYear: 2025, endYear: 2021 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ): expected a period (kỳ) such as { "kind": "year", "year": 2021 }; 1 problem: endYear: expected an end year after the start year 2025; received 2021]`,
    );
    expect(() => parsePeriod({ kind: 'year', year: 2021.5 })).toThrowErrorMatchingInlineSnapshot(
      `[ChitieuError: [chitieu] Invalid period (kỳ): expected a period (kỳ) such as { "kind": "year", "year": 2021 }; 1 problem: year: expected a whole number; received 2021.5]`,
    );
  });

  describe('edge cases', () => {
    it('accepts the limit years 1900 and 2200', () => {
      expect(parsePeriod({ kind: 'year', year: 1900 }).kind).toBe('year');
      expect(parsePeriod({ kind: 'stage', startYear: 2196, endYear: 2200 }).kind).toBe('stage');
    });

    it('lists every problem in details.issues', () => {
      const error = caught(() => parsePeriod({ kind: 'stage', startYear: 1800, endYear: 'x' }));
      expect(error.details.issues?.map((i) => i.path)).toEqual([['startYear'], ['endYear']]);
    });
  });

  it('gives back every period after JSON.stringify', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        expect(parsePeriod(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'quarter', year: 2021, quarter: 3, extra: 1 });
    parsePeriod(input);
    expect(input).toEqual({ kind: 'quarter', year: 2021, quarter: 3, extra: 1 });
  });
});
