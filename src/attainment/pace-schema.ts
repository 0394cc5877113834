import * as z from 'zod/mini';
import { directionSchema, measureSchema } from '../indicator/measure-schema.js';
import { targetSchema } from '../targets/target-schema.js';
import { decimalSchema, nonNegativeDecimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of {@link PaceStatus}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(paceStatusSchema, 'on-track');
 * //=> 'on-track'
 * ```
 */
export const paceStatusSchema = /* @__PURE__ */ z.enum(['ahead', 'on-track', 'behind']);

/**
 * Where a part-period result stands against the share of the plan due by then: `ahead`
 * (vượt tiến độ), `on-track` (đúng tiến độ) or `behind` (chậm tiến độ).
 *
 * @category Attainment
 */
export type PaceStatus = z.output<typeof paceStatusSchema>;

/**
 * Schema of {@link PaceOptions}, for options that arrive as JSON.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.safeParse(paceOptionsSchema, { tolerance: -1 }).success;
 * //=> false
 * ```
 */
export const paceOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    baseline: z.optional(decimalSchema),
    direction: z.optional(directionSchema),
    measure: z.optional(measureSchema),
    tolerance: z.optional(nonNegativeDecimalSchema),
  }),
);

/**
 * Options of {@link pace}:
 *
 * - `baseline`: the figure a change target is measured from (required for one);
 * - `direction`: the indicator's direction ({@link defaultDirection} unless given);
 * - `measure`: the indicator's measure (a change in points needs a `rate`);
 * - `tolerance`: the relative band around the expected figure that counts as on track:
 *   0.05 (±5 %) unless given, a chitieu convention.
 *
 * @category Attainment
 */
export type PaceOptions = z.input<typeof paceOptionsSchema>;

/**
 * Schema of a {@link Pace}, for results that come back as JSON.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const p = pace(87, { kind: 'at-least', value: 150, strict: true }, '0.5');
 * z.parse(paceSchema, JSON.parse(JSON.stringify(p))).expected.toString();
 * //=> '75'
 * ```
 */
export const paceSchema = /* @__PURE__ */ z.readonly(
  z.object({
    status: paceStatusSchema,
    expected: decimalSchema,
    ratio: z.nullable(decimalSchema),
    percentOfPlan: z.nullable(decimalSchema),
    elapsed: decimalSchema,
    actual: decimalSchema,
    compared: decimalSchema,
    baseline: z.nullable(decimalSchema),
    reference: decimalSchema,
    target: targetSchema,
    direction: directionSchema,
    measure: z.nullable(measureSchema),
    tolerance: decimalSchema,
  }),
);

/**
 * The result of {@link pace}: a part-period result (sơ kết 6 tháng, 9 tháng) against the
 * share of the period's plan due by then.
 *
 * - `status`: ahead / on-track / behind (mirrored when lower is better).
 * - `expected`: reference × elapsed, the figure due by now if the plan accrues evenly.
 * - `ratio`: compared / expected; `null` when expected is 0.
 * - `percentOfPlan`: compared / reference × 100, the share of the whole plan done ("6 tháng
 *   đạt 58% kế hoạch năm"); `null` when the reference is 0.
 * - `elapsed`, `actual`, `baseline`, `target`, `direction`, `measure`, `tolerance`: inputs;
 *   `compared` is the actual figure or, for a change target, the change so far;
 *   `reference` is the plan figure (the favourable end of a range).
 *
 * @category Attainment
 */
export type Pace = z.output<typeof paceSchema>;
