import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { periodInterval } from '../../src/period/period-interval.js';
import { periodIntervalSchema } from '../../src/period/period-interval-schema.js';
import { periodArb } from './period-arbitrary.js';

describe('periodIntervalSchema', () => {
  it('takes back every interval after a JSON round trip', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const interval = periodInterval(p);
        expect(z.parse(periodIntervalSchema, JSON.parse(JSON.stringify(interval)))).toEqual(
          interval,
        );
      }),
    );
  });

  describe('edge cases', () => {
    it('rejects a malformed date, a zero day count and a bad period', () => {
      const good = {
        period: { kind: 'year', year: 2021 },
        start: '2021-01-01',
        end: '2021-12-31',
        days: 365,
      };
      expect(z.safeParse(periodIntervalSchema, good).success).toBe(true);
      expect(z.safeParse(periodIntervalSchema, { ...good, start: '1/1/2021' }).success).toBe(false);
      expect(z.safeParse(periodIntervalSchema, { ...good, days: 0 }).success).toBe(false);
      expect(z.safeParse(periodIntervalSchema, { ...good, days: 1.5 }).success).toBe(false);
      expect(
        z.safeParse(periodIntervalSchema, {
          ...good,
          period: { kind: 'half', year: 2021, half: 3 },
        }).success,
      ).toBe(false);
    });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({
      period: Object.freeze({ kind: 'year', year: 2021 }),
      start: '2021-01-01',
      end: '2021-12-31',
      days: 365,
    });
    const out = z.parse(periodIntervalSchema, input);
    expect(out).toEqual(input);
  });
});
