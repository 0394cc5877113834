import * as z from 'zod/mini';
import { directionSchema, measureSchema } from '../indicator/measure-schema.js';
import { targetSchema } from '../targets/target-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';
import { RATIO_BASES, STATUSES, STRICTNESSES } from './attainment-values.js';

/**
 * Schema of {@link Status}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(statusSchema, 'exceeded');
 * //=> 'exceeded'
 * ```
 */
export const statusSchema = /* @__PURE__ */ z.enum(STATUSES);

/**
 * How a result stands against its target (chỉ tiêu):
 *
 * - `exceeded`: vượt kế hoạch, better than the plan;
 * - `met`: đạt kế hoạch, the plan reached (inside a range, on an exact value, within the
 *   tolerance of an approximate one, or exactly on a bound);
 * - `not-met`: không đạt / chưa đạt kế hoạch.
 *
 * "Đạt và vượt" (attained) is `met` or `exceeded`.
 *
 * @category Attainment
 */
export type Status = z.output<typeof statusSchema>;

/**
 * Schema of {@link Strictness}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(strictnessSchema, 'strict').success;
 * //=> false
 * ```
 */
export const strictnessSchema = /* @__PURE__ */ z.enum(STRICTNESSES);

/**
 * How a strict bound ("trên 150", "dưới 4%") treats a result exactly on it:
 *
 * - `lenient` (the default): reaching the bound counts as `met`, as reports read it
 *   ("kết nạp 150 đảng viên" against "trên 150" is reported as đạt);
 * - `literal`: the bound is read as written, so exactly 150 is not "trên 150": `not-met`.
 *
 * Non-strict bounds ("ít nhất", "từ … trở lên", "không quá") are reached at the bound either way.
 *
 * @category Attainment
 */
export type Strictness = z.output<typeof strictnessSchema>;

/**
 * Schema of {@link RatioBasis}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(ratioBasisSchema, 'growth-index');
 * //=> 'growth-index'
 * ```
 */
export const ratioBasisSchema = /* @__PURE__ */ z.enum(RATIO_BASES);

/**
 * What the ratio to plan is taken on:
 *
 * - `value` (the default): compared / reference ("169 / 150");
 * - `growth-index`: (100 + compared) / (100 + reference), for growth-rate indicators (tốc độ
 *   tăng), whose values are percentages of growth: a growth of 12,1 % against a plan of 13 %
 *   is 112,1 / 113 of plan, not 12,1 / 13.
 *
 * @category Attainment
 */
export type RatioBasis = z.output<typeof ratioBasisSchema>;

/**
 * Schema of an {@link Attainment}: number fields accept numbers, JavaScript-notation strings
 * (what `JSON.stringify` makes of a Decimal) or Decimals and come out as Decimals, so a
 * result sent as JSON comes back equal. See {@link parseAttainment}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const a = evaluate(169, { kind: 'at-least', value: toDecimal(150), strict: true });
 * z.parse(attainmentSchema, JSON.parse(JSON.stringify(a))).gap.toString();
 * //=> '19'
 * ```
 */
export const attainmentSchema = /* @__PURE__ */ z.readonly(
  z.object({
    status: statusSchema,
    reference: decimalSchema,
    ratio: z.nullable(decimalSchema),
    percentOfPlan: z.nullable(decimalSchema),
    gap: decimalSchema,
    actual: decimalSchema,
    compared: decimalSchema,
    baseline: z.nullable(decimalSchema),
    target: targetSchema,
    direction: directionSchema,
    strictness: strictnessSchema,
    ratioBasis: ratioBasisSchema,
    measure: z.nullable(measureSchema),
    tolerance: z.nullable(decimalSchema),
  }),
);

/**
 * The result of {@link evaluate}: how an actual figure (kết quả thực hiện) stands against a
 * target (chỉ tiêu), with every input and intermediate value needed to re-check it.
 *
 * - `status`: exceeded / met / not-met.
 * - `reference`: the bound the ratio is taken against: the target value, or for a range the
 *   favourable end (the max when higher is better, the min when lower is better); for a
 *   change target, the bound on the size of the change.
 * - `ratio`: compared / reference, exact (repeating quotients to 50 significant digits);
 *   with `ratioBasis: 'growth-index'`, (100 + compared) / (100 + reference). `null` when the
 *   denominator is 0.
 * - `percentOfPlan`: ratio × 100 ("đạt 112,6% kế hoạch" after truncation); `null` likewise.
 * - `gap`: the signed distance beyond (+) or short of (−) the reference, in the favourable
 *   direction of the comparison: compared − reference when higher is better, reference −
 *   compared when lower is better.
 * - `actual`: the figure evaluated; `baseline`: the figure a change is measured from (or
 *   null); `compared`: what was compared with the target: the actual figure, or for a change
 *   target the size of the change in the target's direction (a decrease of 1,02 points is
 *   1.02 for "giảm 1–1,5%").
 * - `direction`: the indicator's direction. For a change target the comparison runs on the
 *   size of the change, which is in the indicator's direction for an increase and in the
 *   opposite one for a decrease (a bigger decrease is better for a lower-is-better rate).
 * - `strictness`, `ratioBasis`, `measure`: the options used.
 * - `tolerance`: the relative tolerance applied to an `approximately` target (0.05 unless
 *   given); `null` for other kinds.
 *
 * @category Attainment
 */
export type Attainment = z.output<typeof attainmentSchema>;
