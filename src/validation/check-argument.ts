import { chitieuError, type ErrorPath } from '../errors.js';

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
