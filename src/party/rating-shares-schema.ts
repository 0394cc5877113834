import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { ratingCountsSchema } from './rating-level-schema.js';

const partSchema = /* @__PURE__ */ z.readonly(
  z.object({ count: z.int().check(z.gte(0)), percent: z.nullable(decimalSchema) }),
);

/**
 * Schema of {@link RatingShares}: what {@link "chitieu/party"!ratingShares} returns, also after a JSON round
 * trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });
 * z.parse(ratingSharesSchema, JSON.parse(JSON.stringify(shares))).goodOrBetter.count;
 * //=> 23
 * ```
 */
export const ratingSharesSchema = /* @__PURE__ */ z.readonly(
  z.object({
    counts: ratingCountsSchema,
    total: z.int().check(z.gte(0)),
    shares: z.nullable(
      z.readonly(
        z.object({
          excellent: decimalSchema,
          good: decimalSchema,
          completed: decimalSchema,
          'not-completed': decimalSchema,
        }),
      ),
    ),
    goodOrBetter: partSchema,
    completedOrBetter: partSchema,
    reason: z.nullable(z.literal('no-rated-units')),
  }),
);

/**
 * The distribution of ratings (kết quả xếp loại) over a set of organisations or members:
 *
 * - `counts`, `total`: the input counts and their sum;
 * - `shares`: the percent at each level, adding up to exactly 100 (see {@link "chitieu/party"!ratingShares});
 *   null when nothing was rated;
 * - `goodOrBetter`: HTTNV or better ("hoàn thành tốt nhiệm vụ trở lên"): the count of
 *   excellent + good and its exact percent of the total;
 * - `completedOrBetter`: HTNV or better ("hoàn thành nhiệm vụ trở lên");
 * - `reason`: `'no-rated-units'` when the total is 0 and no percent can be computed,
 *   otherwise null.
 *
 * @category Party
 */
export type RatingShares = z.output<typeof ratingSharesSchema>;
