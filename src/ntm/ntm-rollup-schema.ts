import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { communeProgressSchema } from './commune-progress-schema.js';
import {
  criteriaSetIdSchema,
  criteriaSetSchema,
  criterionSchema,
  ntmTierSchema,
} from './criteria-set-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

const qualifiedCountsSchema = /* @__PURE__ */ z.readonly(
  z.object({ standard: countSchema, advanced: countSchema, model: countSchema }),
);

/**
 * Schema of {@link CriterionTally}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const t = z.parse(criterionTallySchema, { criterion: { number: 10, id: 'income', name: 'Thu nhập', verified: true }, met: 17, notMet: 4 });
 * t.notMet;
 * //=> 4
 * ```
 */
export const criterionTallySchema = /* @__PURE__ */ z.readonly(
  z.object({ criterion: criterionSchema, met: countSchema, notMet: countSchema }),
);

/**
 * How many communes of a rollup meet one criterion (`met`) and how many do not (`notMet`).
 *
 * @category NTM
 */
export type CriterionTally = z.output<typeof criterionTallySchema>;

/**
 * Schema of {@link CommuneSummary}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(communeSummarySchema, { name: 'Xã số 1', met: 19, qualifies: true, level: 'advanced' }).level;
 * //=> 'advanced'
 * ```
 */
export const communeSummarySchema = /* @__PURE__ */ z.readonly(
  z.object({
    name: z.nullable(z.string()),
    met: countSchema,
    qualifies: z.boolean(),
    level: z.nullable(ntmTierSchema),
  }),
);

/**
 * One commune as a rollup counted it: its name, the criteria it met (in the rollup's set),
 * whether it qualifies under the set, and the NTM `level` it was counted at (its recognised
 * `tier` when given, else the set's tier when it qualifies, else `null`).
 *
 * @category NTM
 */
export type CommuneSummary = z.output<typeof communeSummarySchema>;

/**
 * Schema of {@link NtmRollupChange}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const prev = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2])]);
 * const cur = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2, 3])], { previous: prev });
 * z.parse(ntmRollupChangeSchema, JSON.parse(JSON.stringify(cur.change))).criteriaMet;
 * //=> 1
 * ```
 */
export const ntmRollupChangeSchema = /* @__PURE__ */ z.readonly(
  z.object({
    previous: z.readonly(
      z.object({
        set: criteriaSetIdSchema,
        communes: countSchema,
        criteriaMet: countSchema,
        qualified: qualifiedCountsSchema,
        byCriterion: z.readonly(
          z.array(z.readonly(z.object({ criterion: z.string(), met: countSchema }))),
        ),
      }),
    ),
    communes: z.int(),
    criteriaMet: z.int(),
    averagePerCommune: z.nullable(decimalSchema),
    qualified: z.readonly(z.object({ standard: z.int(), advanced: z.int(), model: z.int() })),
    byCriterion: z.discriminatedUnion('comparable', [
      z.readonly(
        z.object({
          comparable: z.literal(true),
          items: z.readonly(z.array(z.readonly(z.object({ criterion: z.string(), met: z.int() })))),
        }),
      ),
      z.readonly(z.object({ comparable: z.literal(false), reason: z.string() })),
    ]),
  }),
);

/**
 * How a rollup changed against an earlier one ("tăng 19 tiêu chí so với năm 2020; có thêm
 * 4 xã đạt chuẩn NTM"):
 *
 * - `previous`: the earlier figures it was computed from, in the earlier set;
 * - `communes`, `criteriaMet`, `qualified`: signed differences, now minus then;
 * - `averagePerCommune`: the difference of the averages, `null` when either has no commune;
 * - `byCriterion`: per criterion of the current set, the change in communes meeting it, when
 *   the two sets correspond criterion by criterion (`comparable: true`), else
 *   `{ comparable: false, reason }`.
 *
 * @category NTM
 */
export type NtmRollupChange = z.output<typeof ntmRollupChangeSchema>;

/**
 * Schema of {@link NtmRollup}: a rollup read back from JSON.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = rollupCommunes([communeProgress('ntm-commune-2016', [1, 2, 3])]);
 * z.parse(ntmRollupSchema, JSON.parse(JSON.stringify(r))).averagePerCommune.toString();
 * //=> '3'
 * ```
 */
export const ntmRollupSchema = /* @__PURE__ */ z.readonly(
  z.object({
    set: criteriaSetIdSchema,
    communes: countSchema,
    criteriaPerCommune: countSchema,
    criteriaMet: countSchema,
    averagePerCommune: z.nullable(decimalSchema),
    qualified: qualifiedCountsSchema,
    byCriterion: z.readonly(z.array(criterionTallySchema)),
    mostMissed: z.readonly(z.array(criterionTallySchema)),
    communeResults: z.readonly(z.array(communeSummarySchema)),
    change: z.optional(ntmRollupChangeSchema),
  }),
);

/**
 * The NTM figures of a district (or any group of communes): "toàn huyện có 381 tiêu chí đạt
 * chuẩn, bình quân 18,1 tiêu chí/xã; 17 xã đạt chuẩn NTM, trong đó 5 xã nâng cao".
 *
 * - `set`, `communes`, `criteriaPerCommune` (19);
 * - `criteriaMet`: criteria met, summed over the communes (381);
 * - `averagePerCommune`: `criteriaMet / communes`, exact (`null` for no commune);
 * - `qualified`: communes counted at each NTM level, nested as reports count them ("trong
 *   đó"): `standard` includes the nâng cao and kiểu mẫu ones, `advanced` the kiểu mẫu ones;
 * - `byCriterion`: per criterion, in the set's order, how many communes meet it and how many
 *   do not; `mostMissed`: the criteria some commune misses, most missed first (ties by
 *   number): which criterion holds most communes back;
 * - `communeResults`: each commune as counted, in input order (the inputs, to re-check);
 * - `change`: against `options.previous`, when given.
 *
 * @category NTM
 */
export type NtmRollup = z.output<typeof ntmRollupSchema>;

/**
 * Schema of {@link RollupOptions}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(rollupOptionsSchema, { set: 'ntm-commune-2022' }).set;
 * //=> 'ntm-commune-2022'
 * ```
 */
export const rollupOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    set: z.optional(z.union([criteriaSetIdSchema, criteriaSetSchema])),
    previous: z.optional(z.union([ntmRollupSchema, z.readonly(z.array(communeProgressSchema))])),
  }),
);

/**
 * Options for {@link rollupCommunes}:
 *
 * - `set`: the set to count in (a set or its id). Unless given, the set of the first
 *   progress. Progress on another set is mapped into it when the sets correspond (2016 ↔
 *   2022 commune sets, see {@link criteriaCorrespondences}); otherwise `unit-mismatch`.
 *   Required for an empty list.
 * - `previous`: an earlier rollup, or the earlier progress list, to compute `change`
 *   against. It may be on a corresponding set (2020 on QĐ 1980, 2022 on QĐ 318).
 *
 * @category NTM
 */
export type RollupOptions = z.output<typeof rollupOptionsSchema>;
