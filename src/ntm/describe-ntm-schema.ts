import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';
import { districtProgressSchema } from './district-progress-schema.js';

/**
 * Schema of {@link DescribeNtmRollupOptions}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';
 * z.parse(describeNtmRollupOptionsSchema, { since: 'năm 2020' }).since;
 * //=> 'năm 2020'
 * ```
 */
export const describeNtmRollupOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    since: z.optional(z.string()),
    scope: z.optional(z.string()),
    average: z.optional(
      z.readonly(
        z.object({
          decimals: z.int().check(z.gte(0), z.lte(100)),
          rounding: z.optional(roundingSchema),
        }),
      ),
    ),
  }),
);

/**
 * Options for {@link describeNtmRollup}:
 *
 * - `since`: what the change is against, as the report names it (`'năm 2020'` → "so với
 *   năm 2020"); without it the change is stated without a comparison point;
 * - `scope`: the subject, `'toàn huyện'` unless given (`'toàn tỉnh'`, `'toàn xã'`);
 * - `average`: also state the average per commune ("bình quân 18,1 tiêu chí/xã") to
 *   `decimals` places with a named `rounding` ({@link "chitieu"!HOUSE_ROUNDING}'s `'truncate'`
 *   unless given).
 *
 * @category NTM
 */
export type DescribeNtmRollupOptions = z.output<typeof describeNtmRollupOptionsSchema>;

/**
 * Schema of {@link DescribeDistrictProgressOptions}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';
 * z.parse(describeDistrictProgressOptionsSchema, { previous: 2 }).previous;
 * //=> 2
 * ```
 */
export const describeDistrictProgressOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    previous: z.optional(z.union([z.int().check(z.gte(0)), districtProgressSchema])),
  }),
);

/**
 * Options for {@link describeDistrictProgress}: `previous`, the earlier progress on the same
 * set, or just how many criteria were met then, to say how many were added ("thêm 2 tiêu chí
 * NTM cấp huyện đạt chuẩn").
 *
 * @category NTM
 */
export type DescribeDistrictProgressOptions = z.output<
  typeof describeDistrictProgressOptionsSchema
>;
