import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatViPercent } from '../../src/notation/format-vi-percent.js';
import { Decimal } from '../../src/numeric/decimal.js';
import type { RatingCounts } from '../../src/party/rating-level-schema.js';
import { ratingShares } from '../../src/party/rating-shares.js';
import { ratingSharesSchema } from '../../src/party/rating-shares-schema.js';
import { caught } from '../support/caught.js';

const counts: RatingCounts = { excellent: 3, good: 20, completed: 4, 'not-completed': 0 };

describe('ratingShares', () => {
  it('23 of 27 organisations rated HTTNV or better are 85,2% (half-up)', () => {
    const r = ratingShares(counts);
    expect(r.total).toBe(27);
    expect(r.goodOrBetter.count).toBe(23);
    expect(formatViPercent(r.goodOrBetter.percent ?? 0, { rounding: 'half-up' })).toBe('85,2%');
    expect(r.completedOrBetter).toEqual({ count: 27, percent: new Decimal(100) });
    expect(r.reason).toBeNull();
  });

  it('gives the exact goodOrBetter percent (23/27 × 100 to 50 digits)', () => {
    const r = ratingShares(counts);
    expect(r.goodOrBetter.percent?.times(27).div(100).toSignificantDigits(40).toString()).toBe(
      '23',
    );
  });

  it('gives terminating shares exactly', () => {
    const r = ratingShares({ excellent: 1, good: 3, completed: 1, 'not-completed': 0 });
    expect(r.shares).toEqual({
      excellent: new Decimal(20),
      good: new Decimal(60),
      completed: new Decimal(20),
      'not-completed': new Decimal(0),
    });
  });

  describe('edge cases', () => {
    it('with nothing rated, says so instead of dividing by zero', () => {
      const r = ratingShares({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 });
      expect(r).toEqual({
        counts: { excellent: 0, good: 0, completed: 0, 'not-completed': 0 },
        total: 0,
        shares: null,
        goodOrBetter: { count: 0, percent: null },
        completedOrBetter: { count: 0, percent: null },
        reason: 'no-rated-units',
      });
    });

    it('rejects negative counts, non-integers and unknown levels with the level in the path', () => {
      const negative = caught(() => ratingShares({ ...counts, good: -1 }));
      expect([negative.code, negative.path]).toEqual(['invalid-argument', ['counts', 'good']]);
      expect(caught(() => ratingShares({ ...counts, excellent: 0.5 })).path).toEqual([
        'counts',
        'excellent',
      ]);
      expect(
        caught(() => ratingShares({ ...counts, outstanding: 1 } as unknown as RatingCounts)).path,
      ).toEqual(['counts', 'outstanding']);
      expect(() => ratingShares({ ...counts, good: -1 })).toThrowErrorMatchingInlineSnapshot(
        `[ChitieuError: [chitieu] Invalid argument at counts.good: expected a count: a whole number that is not negative; received -1]`,
      );
    });
  });

  it('rejects counts whose total is not a safe integer', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const e = caught(() =>
      ratingShares({ excellent: big, good: big, completed: 0, 'not-completed': 0 }),
    );
    expect([e.code, e.path]).toEqual(['invalid-argument', ['counts']]);
    expect(e.message).toContain('expected counts whose sum is a safe integer');
  });

  it('survives a JSON round trip through its schema', () => {
    const r = ratingShares({ excellent: 1, good: 1, completed: 1, 'not-completed': 4 });
    expect(z.parse(ratingSharesSchema, JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('does not mutate its input', () => {
    const input = { ...counts };
    ratingShares(input);
    expect(input).toEqual(counts);
  });

  it('shares add up to exactly 100 whenever something was rated', () => {
    const count = fc.integer({ min: 0, max: 100000 });
    fc.assert(
      fc.property(count, count, count, count, (excellent, good, completed, notCompleted) => {
        fc.pre(excellent + good + completed + notCompleted > 0);
        const r = ratingShares({ excellent, good, completed, 'not-completed': notCompleted });
        const s = r.shares;
        expect(s).not.toBeNull();
        if (s === null) return;
        const sum = s.excellent.plus(s.good).plus(s.completed).plus(s['not-completed']);
        expect(sum.eq(100)).toBe(true);
        expect(r.goodOrBetter.count).toBe(excellent + good);
      }),
    );
  });
});
