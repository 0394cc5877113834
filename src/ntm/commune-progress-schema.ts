import * as z from 'zod/mini';
import { criteriaSetIdSchema, criterionSchema, ntmTierSchema } from './criteria-set-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * Schema of {@link CriteriaResults}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(criteriaResultsSchema, ['income', 10, '11']).success;
 * //=> true
 * z.safeParse(criteriaResultsSchema, { income: true, '3': { 'irrigated-area': true } }).success;
 * //=> true
 * z.safeParse(criteriaResultsSchema, { income: 'yes' }).success;
 * //=> false
 * ```
 */
export const criteriaResultsSchema = /* @__PURE__ */ z.union([
  z.readonly(z.array(z.union([z.string(), z.int()]))),
  z.readonly(
    z.record(z.string(), z.union([z.boolean(), z.readonly(z.record(z.string(), z.boolean()))])),
  ),
]);

/**
 * Which criteria a commune meets, in any of three shapes. Criteria are named by id
 * (`'income'`) or by number (`10` or `'10'`):
 *
 * - a list of the criteria met: `['planning', 2, '3']`;
 * - a record of results: `{ income: true, '11': false }` (criteria left out are not met);
 * - a record whose values may be per-sub-indicator results (chỉ tiêu):
 *   `{ '3': { 'irrigated-area': true, 'disaster-prevention': false } }`. A criterion is met
 *   only when all its sub-indicators are; when the set lists a criterion's sub-indicators,
 *   every one of them must be given.
 *
 * @category NTM
 */
export type CriteriaResults = z.output<typeof criteriaResultsSchema>;

/**
 * Schema of {@link CommuneProgressOptions}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(communeProgressOptionsSchema, { name: 'Xã số 1', tier: 'advanced' }).tier;
 * //=> 'advanced'
 * ```
 */
export const communeProgressOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    name: z.optional(z.string()),
    tier: z.optional(ntmTierSchema),
    prerequisiteMet: z.optional(z.boolean()),
  }),
);

/**
 * Options for {@link communeProgress}:
 *
 * - `name`: the commune's name, carried into the result and into rollups;
 * - `tier`: the highest NTM level the commune is recognised at (đã được công nhận đạt chuẩn
 *   NTM / nâng cao / kiểu mẫu), when known. A rollup counts a commune by its `tier` when it
 *   is given, and otherwise by whether it qualifies under the set;
 * - `prerequisiteMet`: for a set with a prerequisite (xã NTM nâng cao needs xã NTM first),
 *   whether the commune meets it. Without it such a commune does not qualify.
 *
 * @category NTM
 */
export type CommuneProgressOptions = z.output<typeof communeProgressOptionsSchema>;

/**
 * Schema of {@link CommuneProgress}: a progress read back from JSON.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const p = communeProgress('ntm-commune-2016', ['planning', 'transport']);
 * z.parse(communeProgressSchema, JSON.parse(JSON.stringify(p))).met;
 * //=> 2
 * ```
 */
export const communeProgressSchema = /* @__PURE__ */ z.readonly(
  z.object({
    set: criteriaSetIdSchema,
    name: z.nullable(z.string()),
    tier: z.nullable(ntmTierSchema),
    met: countSchema,
    total: countSchema,
    metIds: z.readonly(z.array(z.string())),
    missing: z.readonly(z.array(criterionSchema)),
    notMetIndicators: z.readonly(
      z.array(z.readonly(z.object({ criterion: z.string(), indicator: z.string() }))),
    ),
    qualifies: z.boolean(),
    prerequisite: z.nullable(
      z.readonly(z.object({ set: criteriaSetIdSchema, met: z.nullable(z.boolean()) })),
    ),
  }),
);

/**
 * How far a commune is along a criteria set: "đạt 17/19 tiêu chí".
 *
 * - `set`: the set's id; `name`, `tier`: as given in the options (or `null`);
 * - `met` of `total` criteria; `metIds`, the ids of those met, in the set's order;
 * - `missing`: the criteria not met (not reported, reported not met, or with a sub-indicator
 *   not met), in order; `notMetIndicators`: the sub-indicators reported not met;
 * - `qualifies`: at least `qualification.minimumCriteria` met (all of them, for every set
 *   chitieu ships) and the prerequisite, if any, met;
 * - `prerequisite`: the set that must be reached first and whether it is (`null` when
 *   unknown), or `null` when the set has none.
 *
 * @category NTM
 */
export type CommuneProgress = z.output<typeof communeProgressSchema>;

/**
 * The name DESIGN §4 gives the result of {@link communeProgress}: the same type as
 * {@link CommuneProgress}.
 *
 * @category NTM
 */
export type CriteriaProgress = CommuneProgress;
