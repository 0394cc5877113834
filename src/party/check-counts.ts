import { chitieuError, type ErrorPath } from '../errors.js';
import { checkCount } from '../validation/check-argument.js';
import { ratingLevels } from './rating-level.js';
import type { RatingCounts } from './rating-level-schema.js';

/**
 * @internal Check a {@link RatingCounts} record cheaply: a plain object with a count for
 * each of the four levels and no other key. Errors point at `[...path, level]`.
 */
export function checkRatingCounts(counts: unknown, path: ErrorPath = ['counts']): RatingCounts {
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    throw chitieuError(
      'invalid-argument',
      'an object with a count for each rating level (excellent, good, completed, not-completed)',
      { received: counts, path },
    );
  }
  const record = counts as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(ratingLevels as readonly string[]).includes(key)) {
      throw chitieuError('invalid-argument', `a rating level (${ratingLevels.join(', ')})`, {
        received: key,
        path: [...path, key],
      });
    }
  }
  return {
    excellent: checkCount(record.excellent, [...path, 'excellent']),
    good: checkCount(record.good, [...path, 'good']),
    completed: checkCount(record.completed, [...path, 'completed']),
    'not-completed': checkCount(record['not-completed'], [...path, 'not-completed']),
  };
}
