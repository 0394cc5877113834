/** fast-check generators of valid periods and calendar days, shared by the period tests. */
import fc from 'fast-check';
import type { Period } from '../../src/period/period-schema.js';

export const yearArb = fc.integer({ min: 1900, max: 2200 });

function multiYearArb(kind: 'stage' | 'term'): fc.Arbitrary<Period> {
  return fc
    .integer({ min: 1900, max: 2199 })
    .chain((startYear) =>
      fc
        .integer({ min: startYear + 1, max: Math.min(2200, startYear + 30) })
        .map((endYear): Period => ({ kind, startYear, endYear })),
    );
}

/** Every kind of valid period, anywhere in 1900–2200. */
export const periodArb: fc.Arbitrary<Period> = fc.oneof(
  yearArb.map((year): Period => ({ kind: 'year', year })),
  fc
    .record({ year: yearArb, half: fc.constantFrom(1 as const, 2 as const) })
    .map(({ year, half }): Period => ({ kind: 'half', year, half })),
  fc
    .record({
      year: yearArb,
      quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    })
    .map(({ year, quarter }): Period => ({ kind: 'quarter', year, quarter })),
  fc
    .record({ year: yearArb, month: fc.integer({ min: 1, max: 12 }) })
    .map(({ year, month }): Period => ({ kind: 'month', year, month })),
  yearArb.map((year): Period => ({ kind: 'nine-months', year })),
  multiYearArb('stage'),
  multiYearArb('term'),
);

/** A calendar day from 1899 to 2201 as a `YYYY-MM-DD` string. */
export const isoDateArb: fc.Arbitrary<string> = fc
  .date({
    min: new Date(Date.UTC(1899, 0, 1)),
    max: new Date(Date.UTC(2201, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** The calendar day after (delta = 1) or before (delta = −1) a `YYYY-MM-DD` day. */
export function shiftIsoDate(iso: string, delta: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + delta)).toISOString().slice(0, 10);
}
