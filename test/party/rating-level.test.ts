import { describe, expect, it } from 'vitest';
import * as levelModule from '../../src/party/rating-level.js';
import {
  compareRatingLevels,
  isRatingLevel,
  ratingLabels,
  ratingLevels,
  ratingShortLabels,
} from '../../src/party/rating-level.js';
import { type RatingLevel, ratingLevelSchema } from '../../src/party/rating-level-schema.js';

describe('ratingLevels', () => {
  it('lists the four levels of Quy định 366-QĐ/TW best first', () => {
    expect(ratingLevels).toEqual(['excellent', 'good', 'completed', 'not-completed']);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(ratingLevels)).toBe(true);
  });
});

describe('rating-level.ts', () => {
  it('also re-exports the level schema', () => {
    expect(levelModule.ratingLevelSchema).toBe(ratingLevelSchema);
  });
});

describe('ratingLabels and ratingShortLabels', () => {
  it('name each level in Vietnamese as rating reports do', () => {
    expect(ratingLabels).toEqual({
      excellent: 'Hoàn thành xuất sắc nhiệm vụ',
      good: 'Hoàn thành tốt nhiệm vụ',
      completed: 'Hoàn thành nhiệm vụ',
      'not-completed': 'Không hoàn thành nhiệm vụ',
    });
  });

  it('abbreviate each level as HTXSNV, HTTNV, HTNV, KHTNV', () => {
    expect(ratingLevels.map((l) => ratingShortLabels[l])).toEqual([
      'HTXSNV',
      'HTTNV',
      'HTNV',
      'KHTNV',
    ]);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(ratingLabels)).toBe(true);
    expect(Object.isFrozen(ratingShortLabels)).toBe(true);
  });
});

describe('isRatingLevel', () => {
  it('accepts exactly the four level ids', () => {
    for (const level of ratingLevels) expect(isRatingLevel(level)).toBe(true);
  });

  describe('edge cases', () => {
    it('rejects labels, abbreviations, other types and other cases', () => {
      for (const bad of ['Hoàn thành tốt nhiệm vụ', 'HTTNV', 'Good', '', null, undefined, 1, {}]) {
        expect(isRatingLevel(bad)).toBe(false);
      }
    });
  });
});

describe('compareRatingLevels', () => {
  it('orders levels best first', () => {
    expect(compareRatingLevels('excellent', 'good')).toBeLessThan(0);
    expect(compareRatingLevels('not-completed', 'completed')).toBeGreaterThan(0);
    expect(compareRatingLevels('good', 'good')).toBe(0);
  });

  it('sorts a list best first and answers "HTTNV or better"', () => {
    const sorted = (['completed', 'not-completed', 'excellent', 'good'] as RatingLevel[]).sort(
      compareRatingLevels,
    );
    expect(sorted).toEqual(ratingLevels);
    expect(ratingLevels.filter((l) => compareRatingLevels(l, 'good') <= 0)).toEqual([
      'excellent',
      'good',
    ]);
  });

  it('rejects an unknown level, naming the four', () => {
    expect(() => compareRatingLevels('good', 'great' as never)).toThrow(
      '[chitieu] Invalid argument at b: expected a rating level (excellent, good, completed, not-completed); received "great"',
    );
  });

  it('does not mutate its input', () => {
    const levels: RatingLevel[] = ['good', 'excellent'];
    compareRatingLevels(levels[0] as RatingLevel, levels[1] as RatingLevel);
    expect(levels).toEqual(['good', 'excellent']);
  });
});
