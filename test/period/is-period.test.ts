import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isPeriod } from '../../src/period/is-period.js';
import { periodKinds } from '../../src/period/period-kinds.js';
import { periodSchema } from '../../src/period/period-schema.js';
import { periodArb } from './period-arbitrary.js';

/** Would-be periods: right and wrong kinds, fields of the right and wrong types and ranges. */
const candidateArb = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...periodKinds), fc.constantFrom('week', '', 'YEAR')),
    year: fc.oneof(fc.integer({ min: 1895, max: 2205 }), fc.double(), fc.constant('2021')),
    half: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constant(1.5), fc.constant('1')),
    quarter: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.constant(2.5)),
    month: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.constant(6.5), fc.constant(null)),
    startYear: fc.oneof(fc.integer({ min: 1895, max: 2205 }), fc.constant(2020.5)),
    endYear: fc.oneof(fc.integer({ min: 1895, max: 2205 }), fc.constant('2025')),
  },
  { requiredKeys: ['kind'] },
);

describe('isPeriod', () => {
  it('recognises the periods of the reports', () => {
    expect(isPeriod({ kind: 'half', year: 2020, half: 1 })).toBe(true);
    expect(isPeriod({ kind: 'term', startYear: 2021, endYear: 2026 })).toBe(true);
    expect(isPeriod({ kind: 'stage', startYear: 2021, endYear: 2025 })).toBe(true);
  });

  it('rejects half 3, quarter 0, month 13, an end year not after the start, an unknown kind', () => {
    expect(isPeriod({ kind: 'half', year: 2020, half: 3 })).toBe(false);
    expect(isPeriod({ kind: 'quarter', year: 2021, quarter: 0 })).toBe(false);
    expect(isPeriod({ kind: 'month', year: 2021, month: 13 })).toBe(false);
    expect(isPeriod({ kind: 'term', startYear: 2020, endYear: 2020 })).toBe(false);
    expect(isPeriod({ kind: 'week', year: 2021 })).toBe(false);
  });

  describe('edge cases', () => {
    it('is false for non-objects and never throws', () => {
      for (const v of [null, undefined, 2021, 'năm 2021', [], [{ kind: 'year', year: 2021 }]]) {
        expect(isPeriod(v)).toBe(false);
      }
    });

    it('accepts the limit years and rejects fractional or string years', () => {
      expect(isPeriod({ kind: 'year', year: 1900 })).toBe(true);
      expect(isPeriod({ kind: 'year', year: 2200 })).toBe(true);
      expect(isPeriod({ kind: 'year', year: 2201 })).toBe(false);
      expect(isPeriod({ kind: 'year', year: 2021.5 })).toBe(false);
      expect(isPeriod({ kind: 'year', year: '2021' })).toBe(false);
    });
  });

  it('agrees with periodSchema on every would-be period', () => {
    fc.assert(
      fc.property(candidateArb, (candidate) => {
        expect(isPeriod(candidate)).toBe(z.safeParse(periodSchema, candidate).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('is true for every generated period', () => {
    fc.assert(fc.property(periodArb, (p) => isPeriod(p)));
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ kind: 'month', year: 2021, month: 3 });
    isPeriod(input);
    expect(input).toEqual({ kind: 'month', year: 2021, month: 3 });
  });
});
