import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ratingCountsSchema, ratingLevelSchema } from '../../src/party/rating-level-schema.js';

describe('ratingLevelSchema', () => {
  it('accepts the four levels', () => {
    for (const level of ['excellent', 'good', 'completed', 'not-completed']) {
      expect(z.parse(ratingLevelSchema, level)).toBe(level);
    }
  });

  it('rejects anything else', () => {
    for (const bad of ['great', 'HTTNV', '', null, 3]) {
      expect(z.safeParse(ratingLevelSchema, bad).success).toBe(false);
    }
  });
});

describe('ratingCountsSchema', () => {
  const counts = { excellent: 2, good: 10, completed: 1, 'not-completed': 0 };

  it('accepts a whole, non-negative count for each level', () => {
    expect(z.parse(ratingCountsSchema, counts)).toEqual(counts);
  });

  describe('edge cases', () => {
    it('rejects negative or fractional counts, missing levels and unknown levels', () => {
      for (const bad of [
        { ...counts, good: -1 },
        { ...counts, good: 1.5 },
        { excellent: 2, good: 10, completed: 1 },
        { ...counts, great: 1 },
        { ...counts, good: '10' },
      ]) {
        expect(z.safeParse(ratingCountsSchema, bad).success).toBe(false);
      }
    });
  });

  it('does not mutate its input', () => {
    const input = { ...counts };
    z.parse(ratingCountsSchema, input);
    expect(input).toEqual(counts);
  });
});
