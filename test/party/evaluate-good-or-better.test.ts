import { describe, expect, it } from 'vitest';
import { ChitieuError } from '../../src/errors.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { evaluateGoodOrBetter } from '../../src/party/evaluate-good-or-better.js';
import { ratingShares } from '../../src/party/rating-shares.js';

const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });

describe('evaluateGoodOrBetter', () => {
  it('85,2% rated HTTNV or better exceeds the target "trên 80%"', () => {
    const a = evaluateGoodOrBetter(shares, 'trên 80%');
    expect(a.status).toBe('exceeded');
    expect(a.reference.toString()).toBe('80');
    expect(a.compared.eq(shares.goodOrBetter.percent as Decimal)).toBe(true);
  });

  it('takes a Target object as well as a phrase', () => {
    const target = { kind: 'at-least', value: new Decimal(90), strict: false } as const;
    expect(evaluateGoodOrBetter(shares, target).status).toBe('not-met');
  });

  it('exactly 80% against "trên 80%" is met leniently and not met literally', () => {
    const even = ratingShares({ excellent: 1, good: 3, completed: 1, 'not-completed': 0 });
    expect(evaluateGoodOrBetter(even, 'trên 80%').status).toBe('met');
    expect(evaluateGoodOrBetter(even, 'trên 80%', { strictness: 'literal' }).status).toBe(
      'not-met',
    );
  });

  it('reads a "%" change in the phrase as percentage points of a rate', () => {
    // "so với năm trước" alone would make it percent of the baseline; on a rate it is points
    const a = evaluateGoodOrBetter(shares, 'tăng 5% so với năm trước', { baseline: 80 });
    expect(a.target).toEqual({
      kind: 'change',
      direction: 'increase',
      by: { kind: 'exact', value: new Decimal(5) },
      basis: 'points',
    });
    expect(a.status).toBe('exceeded');
  });

  describe('edge cases', () => {
    it('cannot evaluate when nothing was rated', () => {
      const none = ratingShares({ excellent: 0, good: 0, completed: 0, 'not-completed': 0 });
      try {
        evaluateGoodOrBetter(none, 'trên 80%');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('division-by-zero');
        expect((error as ChitieuError).path).toEqual(['shares', 'total']);
        expect((error as ChitieuError).message).toContain(
          'expected at least one rated organisation or member to take a percentage of',
        );
      }
    });

    it('rejects malformed shares', () => {
      try {
        evaluateGoodOrBetter({} as never, 'trên 80%');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChitieuError);
        expect((error as ChitieuError).code).toBe('invalid-argument');
        expect((error as ChitieuError).path[0]).toBe('shares');
        expect((error as ChitieuError).message).toContain(
          'expected rating shares from ratingShares()',
        );
      }
    });

    it('rejects a phrase that is not a target', () => {
      expect(() => evaluateGoodOrBetter(shares, 'tốt')).toThrow(ChitieuError);
    });
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(shares);
    evaluateGoodOrBetter(shares, 'trên 80%');
    expect(JSON.stringify(shares)).toBe(before);
  });
});
