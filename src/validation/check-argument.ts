import { chitieuError, type ErrorPath } from '../errors.js';
import { isNonBlankText, NON_BLANK_TEXT } from './non-blank-text.js';

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

/** @internal A unit's name: a non-blank text ({@link isNonBlankText}) of at most 200 characters. */
export function checkName(value: unknown, path: ErrorPath): string {
  if (!isNonBlankText(value) || value.length > 200) {
    throw chitieuError('invalid-argument', `a name: ${NON_BLANK_TEXT} of at most 200 characters`, {
      received: value,
      path,
    });
  }
  return value;
}

/**
 * @internal A unit's name ({@link checkName}) that no earlier entry of the same list had;
 * `seen` collects the names so far.
 */
export function checkUniqueName(value: unknown, seen: Set<string>, path: ErrorPath): string {
  const name = checkName(value, path);
  if (seen.has(name)) {
    throw chitieuError('invalid-argument', 'each unit named once', { received: name, path });
  }
  seen.add(name);
  return name;
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

/** @internal How an allowed value is named in a message: strings in single quotes. */
const allowedText = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : String(v));

/**
 * @internal One of a few allowed values (compared with `===`): `fallback` when absent (a
 * default value, or null / undefined for an option that stays unset); anything else is
 * `invalid-argument` at `path`, naming the allowed values.
 */
export function checkOneOf<T, F = T>(
  value: unknown,
  allowed: readonly T[],
  fallback: F,
  path: ErrorPath,
): T | F {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw chitieuError('invalid-argument', `one of ${allowed.map(allowedText).join(', ')}`, {
    received: value,
    path,
  });
}
