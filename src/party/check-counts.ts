import { chitieuError, type ErrorPath } from '../errors.js';
import { ratingLevels } from './rating-level.js';
import type { RatingCounts } from './rating-level-schema.js';

/**
 * @internal A count of units or people: a whole number that is not negative (and a safe
 * integer). Negative zero comes back as 0.
 */
export function checkCount(value: unknown, path: ErrorPath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw chitieuError('invalid-argument', 'a count: a whole number that is not negative', {
      received: value,
      path,
    });
  }
  return value === 0 ? 0 : value;
}

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

/** @internal A unit's name: a non-empty string of at most 200 characters. */
export function checkName(value: unknown, path: ErrorPath): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 200) {
    throw chitieuError('invalid-argument', 'a name: a non-empty string of at most 200 characters', {
      received: value,
      path,
    });
  }
  return value;
}

/** @internal An array argument (not a string, not an array-like). */
export function checkArray(value: unknown, expected: string, path: ErrorPath): readonly unknown[] {
  if (!Array.isArray(value)) {
    throw chitieuError('invalid-argument', expected, { received: value, path });
  }
  return value;
}

/** @internal A plain object argument. */
export function checkRecord(
  value: unknown,
  expected: string,
  path: ErrorPath,
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw chitieuError('invalid-argument', expected, { received: value, path });
  }
  return value as Record<string, unknown>;
}
