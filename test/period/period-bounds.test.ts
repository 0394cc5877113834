import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodBounds } from '../../src/period/period-bounds.js';
import { yearArb } from './period-arbitrary.js';

describe('periodBounds', () => {
  it('gives the first and last day of each kind', () => {
    expect(periodBounds({ kind: 'half', year: 2024, half: 1 })).toEqual({
      start: { year: 2024, month: 1, day: 1 },
      end: { year: 2024, month: 6, day: 30 },
    });
    expect(periodBounds({ kind: 'month', year: 2024, month: 2 }).end).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(periodBounds({ kind: 'nine-months', year: 2022 }).end).toEqual({
      year: 2022,
      month: 9,
      day: 30,
    });
    expect(periodBounds({ kind: 'term', startYear: 2020, endYear: 2025 })).toEqual({
      start: { year: 2020, month: 1, day: 1 },
      end: { year: 2025, month: 12, day: 31 },
    });
  });

  it('quarters run Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec', () => {
    fc.assert(
      fc.property(
        yearArb,
        fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        (year, quarter) => {
          const b = periodBounds({ kind: 'quarter', year, quarter });
          expect(b.start).toEqual({ year, month: quarter * 3 - 2, day: 1 });
          expect(b.end.month).toBe(quarter * 3);
        },
      ),
    );
  });

  describe('edge cases', () => {
    it('ends the second half on 31 December', () => {
      expect(periodBounds({ kind: 'half', year: 2200, half: 2 }).end).toEqual({
        year: 2200,
        month: 12,
        day: 31,
      });
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'year', year: 2021 } as const);
    periodBounds(input);
    expect(input).toEqual({ kind: 'year', year: 2021 });
  });
});
