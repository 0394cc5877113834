import * as z from 'zod/mini';
import { roundingSchema as roundingModeSchema } from '../numeric/rounding-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of a {@link PlanInterval}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const t = inferPlan(169, '112,6%').byMode.truncate;
 * z.parse(planIntervalSchema, JSON.parse(JSON.stringify(t))).integers.map(String);
 * //=> ['150']
 * ```
 */
export const planIntervalSchema = /* @__PURE__ */ z.readonly(
  z.object({
    min: decimalSchema,
    max: z.nullable(decimalSchema),
    minInclusive: z.boolean(),
    maxInclusive: z.boolean(),
    integers: z.readonly(z.array(decimalSchema)),
    integerCount: z.nullable(decimalSchema),
    capped: z.boolean(),
  }),
);

/**
 * The plan values (kế hoạch) p for which `actual / p × 100`, rounded one way, prints the
 * published percentage: `min < p ≤ max` (or `≤`/`<` as `minInclusive`/`maxInclusive` say).
 *
 * - `max` is `null` when the interval has no upper end (a published "0%", or half-up "0,0%":
 *   any large enough plan prints it); never Infinity;
 * - `integers`: the whole plans in the interval, ascending, at most `maxIntegers` of them;
 * - `integerCount`: how many whole plans there are in all (`null` when unbounded);
 * - `capped`: true when `integers` does not list them all.
 *
 * @category Audit
 */
export type PlanInterval = z.output<typeof planIntervalSchema>;

const shared = {
  actual: decimalSchema,
  published: decimalSchema,
  publishedText: z.string(),
  decimals: z.number().check(z.int(), z.nonnegative()),
  modes: z.readonly(z.array(roundingModeSchema)),
  byMode: z.readonly(z.partialRecord(roundingModeSchema, z.nullable(planIntervalSchema))),
  explanation: z.string(),
};

/**
 * Schema of a {@link PlanInference}, the result of {@link "chitieu"!inferPlan}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = inferPlan(55, '91,6%');
 * z.parse(planInferenceSchema, JSON.parse(JSON.stringify(r))).integers.map(String);
 * //=> ['60']
 * ```
 */
export const planInferenceSchema = /* @__PURE__ */ z.discriminatedUnion('verdict', [
  z.readonly(
    z.object({
      ...shared,
      verdict: z.literal('consistent'),
      consistent: z.literal(true),
      min: decimalSchema,
      max: z.nullable(decimalSchema),
      minInclusive: z.boolean(),
      maxInclusive: z.boolean(),
      integers: z.readonly(z.array(decimalSchema)),
      integerCount: z.nullable(decimalSchema),
      capped: z.boolean(),
    }),
  ),
  z.readonly(
    z.object({
      ...shared,
      verdict: z.literal('unreproducible'),
      consistent: z.literal(false),
      min: z.null(),
      max: z.null(),
      minInclusive: z.literal(false),
      maxInclusive: z.literal(false),
      integers: z.readonly(z.array(decimalSchema)),
      integerCount: decimalSchema,
      capped: z.literal(false),
    }),
  ),
]);

/**
 * The result of {@link "chitieu"!inferPlan}: which plan values (kế hoạch) could have produced a
 * published "đạt X% kế hoạch" for a known actual figure.
 *
 * - `actual`, `published` (value), `publishedText`, `decimals`, `modes`: the inputs;
 * - `byMode`: for each rounding mode tried, its {@link PlanInterval}, or `null` when that mode
 *   cannot print the figure for any plan;
 * - `min`, `max`, `minInclusive`, `maxInclusive`: the union of those intervals (one interval:
 *   every mode's interval contains actual × 100 / published). `max` is `null` when unbounded;
 * - `integers`, `integerCount`, `capped`: the whole plans in the union, as in
 *   {@link PlanInterval};
 * - `verdict`: `consistent` when some plan reproduces the figure; `unreproducible` when none
 *   does (an actual of 0 is 0% of every plan), and then `min` and `max` are `null`;
 * - `explanation`: the same in plain English with the Vietnamese terms.
 *
 * @category Audit
 */
export type PlanInference = z.output<typeof planInferenceSchema>;
