import * as z from 'zod/mini';
import type { Decimal } from '../numeric/decimal.js';
import { decimalSchema } from '../validation/decimal-schema.js';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';
import {
  criteriaSetIdSchema,
  criterionSchema,
  districtConditionSchema,
} from './criteria-set-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

const percentSchema = /* @__PURE__ */ z.pipe(
  decimalSchema,
  z.custom<Decimal>((d) => !(d as Decimal).isNegative() && (d as Decimal).lte(100), {
    error: 'expected a percentage from 0 to 100',
  }),
);

/**
 * Schema of {@link TownProgress}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(townProgressSchema, { name: 'Hương Khê', met: 8, total: 18 }).total;
 * //=> 18
 * z.safeParse(townProgressSchema, { name: 'Hương Khê', met: 19, total: 18 }).success;
 * //=> false
 * ```
 */
export const townProgressSchema = /* @__PURE__ */ z.readonly(
  z
    .object({
      name: nonBlankTextSchema(2000),
      met: countSchema,
      total: z.int().check(z.gte(1)),
      civilised: z.optional(z.boolean()),
    })
    .check(
      z.refine((t) => t.met <= t.total, {
        error: 'expected met not above total',
        path: ['met'],
      }),
    ),
);

/**
 * A thị trấn's progress towards "đô thị văn minh": `met` of `total` criteria ("Thị trấn Hương
 * Khê đạt 8/18 tiêu chí đô thị văn minh"). `civilised` says whether it is recognised; unless
 * given, it is taken to be `met === total`. The đô thị văn minh criteria themselves are set
 * by each province and are not modelled.
 *
 * @category NTM
 */
export type TownProgress = z.output<typeof townProgressSchema>;

/**
 * Schema of {@link DistrictCommunes}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(districtCommunesSchema, { total: 21, qualified: 17, advanced: 5, satisfaction: '92.5' }).satisfaction.toString();
 * //=> '92.5'
 * z.safeParse(districtCommunesSchema, { total: 21, qualified: 22 }).success;
 * //=> false
 * ```
 */
export const districtCommunesSchema = /* @__PURE__ */ z.readonly(
  z
    .object({
      total: z.int().check(z.gte(1)),
      qualified: countSchema,
      advanced: z.optional(countSchema),
      towns: z.optional(z.readonly(z.array(townProgressSchema))),
      satisfaction: z.optional(percentSchema),
      lowestCommuneSatisfaction: z.optional(percentSchema),
    })
    .check(
      z.refine((c) => c.qualified <= c.total, {
        error: 'expected qualified communes not more than the total',
        path: ['qualified'],
      }),
      z.refine((c) => c.advanced === undefined || c.advanced <= c.qualified, {
        error: 'expected nâng cao communes not more than the qualified ones',
        path: ['advanced'],
      }),
    ),
);

/**
 * What a district's conditions are measured on, besides its own criteria: its communes
 * (`total`, `qualified` đạt chuẩn NTM, `advanced` nâng cao), its thị trấn (`towns`), and
 * resident satisfaction in percent (`satisfaction` district-wide, and
 * `lowestCommuneSatisfaction`, that of the least satisfied commune). Figures not given leave
 * their conditions undetermined. Percentages may be numbers or JavaScript-notation strings.
 *
 * @category NTM
 */
export type DistrictCommunes = z.input<typeof districtCommunesSchema>;

/**
 * Schema of {@link DistrictConditionResult}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const d = districtProgress('ntm-district-2016', [1, 2], { total: 20, qualified: 18 });
 * z.parse(districtConditionResultSchema, JSON.parse(JSON.stringify(d.conditions[0]))).status;
 * //=> 'not-met'
 * ```
 */
export const districtConditionResultSchema = /* @__PURE__ */ z.readonly(
  z.object({
    condition: districtConditionSchema,
    status: z.enum(['met', 'not-met', 'unknown', 'not-applicable']),
    actual: z.nullable(decimalSchema),
    required: z.nullable(countSchema),
    reason: z.nullable(z.string()),
  }),
);

/**
 * One district condition checked: `status` is `met`, `not-met`, `unknown` (a figure it needs
 * was not given; `reason` says which) or `not-applicable` (a district with no thị trấn);
 * `actual` is the measured percentage, exact; `required` is, for a share of communes or
 * towns, how many are needed (10% of 21 communes is 3 communes, rounded up).
 *
 * @category NTM
 */
export type DistrictConditionResult = z.output<typeof districtConditionResultSchema>;

/**
 * Schema of {@link DistrictProgress}.
 *
 * @category NTM
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const d = districtProgress('ntm-district-2016', [1, 2, 4, 8]);
 * z.parse(districtProgressSchema, JSON.parse(JSON.stringify(d))).met;
 * //=> 4
 * ```
 */
export const districtProgressSchema = /* @__PURE__ */ z.readonly(
  z.object({
    set: criteriaSetIdSchema,
    met: countSchema,
    total: countSchema,
    metIds: z.readonly(z.array(z.string())),
    missing: z.readonly(z.array(criterionSchema)),
    criteriaQualify: z.boolean(),
    conditions: z.readonly(z.array(districtConditionResultSchema)),
    communes: z.nullable(districtCommunesSchema),
    qualifies: z.nullable(z.boolean()),
    undetermined: z.readonly(z.array(z.string())),
  }),
);

/**
 * A district's (huyện) progress: `met` of `total` district criteria ("4/9 tiêu chí"),
 * `metIds`, `missing`, whether the criteria suffice (`criteriaQualify`), each condition on
 * its communes, towns and residents, the figures those were measured on (`communes`), and
 * `qualifies`: `true`, `false`, or `null` when the criteria are met but some condition could
 * not be checked (`undetermined` lists them).
 *
 * @category NTM
 */
export type DistrictProgress = z.output<typeof districtProgressSchema>;
