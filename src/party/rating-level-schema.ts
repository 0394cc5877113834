import * as z from 'zod/mini';

/**
 * Schema of {@link RatingLevel}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratingLevelSchema, 'good');
 * //=> 'good'
 * z.safeParse(ratingLevelSchema, 'great').success;
 * //=> false
 * ```
 */
export const ratingLevelSchema = /* @__PURE__ */ z.enum([
  'excellent',
  'good',
  'completed',
  'not-completed',
]);

/**
 * A quality rating level (mức xếp loại chất lượng) of a party organisation, a party member,
 * a collective or an individual in the political system, best first:
 *
 * - `excellent`: Hoàn thành xuất sắc nhiệm vụ (HTXSNV)
 * - `good`: Hoàn thành tốt nhiệm vụ (HTTNV)
 * - `completed`: Hoàn thành nhiệm vụ (HTNV)
 * - `not-completed`: Không hoàn thành nhiệm vụ (KHTNV)
 *
 * The four levels are those of Quy định 132-QĐ/TW (2018), 124-QĐ/TW (2023) and 366-QĐ/TW
 * (30/8/2025, Art. 11).
 *
 * @category Party
 */
export type RatingLevel = z.output<typeof ratingLevelSchema>;

/** A count of rated units: a whole number, not negative. */
const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * Schema of {@link RatingCounts}: a whole, non-negative count for each of the four levels,
 * and nothing else.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratingCountsSchema, { excellent: 2, good: 10, completed: 1, 'not-completed': 0 }).good;
 * //=> 10
 * z.safeParse(ratingCountsSchema, { excellent: -1, good: 10, completed: 1, 'not-completed': 0 }).success;
 * //=> false
 * ```
 */
export const ratingCountsSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    excellent: countSchema,
    good: countSchema,
    completed: countSchema,
    'not-completed': countSchema,
  }),
);

/**
 * How many organisations or members were rated at each {@link RatingLevel} (kết quả xếp
 * loại): `{ excellent: 2, good: 10, completed: 1, 'not-completed': 0 }`.
 *
 * @category Party
 */
export type RatingCounts = z.output<typeof ratingCountsSchema>;
