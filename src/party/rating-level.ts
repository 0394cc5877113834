import { chitieuError } from '../errors.js';
import type { RatingLevel } from './rating-level-schema.js';

export { type RatingLevel, ratingLevelSchema } from './rating-level-schema.js';

/**
 * Every {@link RatingLevel}, best first.
 *
 * @category Party
 * @example
 * ```ts
 * ratingLevels;
 * //=> ['excellent', 'good', 'completed', 'not-completed']
 * ```
 */
export const ratingLevels: readonly RatingLevel[] = /* @__PURE__ */ Object.freeze([
  'excellent',
  'good',
  'completed',
  'not-completed',
]);

/**
 * The Vietnamese name of each {@link RatingLevel}, as rating reports write it.
 *
 * @category Party
 * @example
 * ```ts
 * ratingLabels.good;
 * //=> 'Hoàn thành tốt nhiệm vụ'
 * ratingLabels['not-completed'];
 * //=> 'Không hoàn thành nhiệm vụ'
 * ```
 */
export const ratingLabels: Readonly<Record<RatingLevel, string>> = /* @__PURE__ */ Object.freeze({
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  'not-completed': 'Không hoàn thành nhiệm vụ',
});

/**
 * The abbreviation of each {@link RatingLevel} used in tables and reports (HTXSNV, HTTNV,
 * HTNV, KHTNV).
 *
 * @category Party
 * @example
 * ```ts
 * ratingShortLabels.excellent;
 * //=> 'HTXSNV'
 * ```
 */
export const ratingShortLabels: Readonly<Record<RatingLevel, string>> =
  /* @__PURE__ */ Object.freeze({
    excellent: 'HTXSNV',
    good: 'HTTNV',
    completed: 'HTNV',
    'not-completed': 'KHTNV',
  });

/**
 * Is `value` one of the four {@link RatingLevel}s? Never throws.
 *
 * @category Party
 * @param value - anything
 * @returns true for 'excellent', 'good', 'completed' or 'not-completed'
 * @example
 * ```ts
 * isRatingLevel('good');
 * //=> true
 * isRatingLevel('Hoàn thành tốt nhiệm vụ');
 * //=> false
 * ```
 */
export function isRatingLevel(value: unknown): value is RatingLevel {
  return (
    value === 'excellent' || value === 'good' || value === 'completed' || value === 'not-completed'
  );
}

/**
 * Order two rating levels, best first: negative when `a` is better than `b`, positive when
 * worse, 0 when equal. Use it to sort (`levels.sort(compareRatingLevels)`) or to ask "HTTNV
 * or better" (`compareRatingLevels(level, 'good') <= 0`).
 *
 * @category Party
 * @param a - a rating level
 * @param b - another rating level
 * @returns a negative number, 0 or a positive number
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` (path `['a']` or `['b']`) for anything but a
 * rating level: an unknown level has no place in the order
 * @example
 * ```ts
 * compareRatingLevels('excellent', 'good') < 0;
 * //=> true
 * ['completed', 'excellent', 'good'].sort(compareRatingLevels);
 * //=> ['excellent', 'good', 'completed']
 * ```
 */
export function compareRatingLevels(a: RatingLevel, b: RatingLevel): number {
  return rank(a, 'a') - rank(b, 'b');
}

function rank(level: RatingLevel, name: 'a' | 'b'): number {
  const i = ratingLevels.indexOf(level);
  if (i === -1) {
    throw chitieuError('invalid-argument', `a rating level (${ratingLevels.join(', ')})`, {
      received: level,
      path: [name],
    });
  }
  return i;
}
