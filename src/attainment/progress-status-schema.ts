import * as z from 'zod/mini';
import { directionSchema } from '../indicator/measure-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of {@link ProgressInput}, for inputs that arrive as JSON.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const input = { baseYear: 2020, baseValue: '4.98', currentYear: 2021, currentValue: '3.96',
 *   targetYear: 2025, targetValue: 2 };
 * z.parse(progressInputSchema, input).baseValue.toString();
 * //=> '4.98'
 * ```
 */
export const progressInputSchema = /* @__PURE__ */ z.readonly(
  z.object({
    baseYear: z.number(),
    baseValue: decimalSchema,
    currentYear: z.number(),
    currentValue: decimalSchema,
    targetYear: z.number(),
    targetValue: decimalSchema,
    direction: z.optional(directionSchema),
  }),
);

/**
 * The input of {@link progressStatus}: a base observation, the latest one and the target,
 * each with its year, and the indicator's direction (unless given: lower-is-better when the
 * target is below the base value, else higher-is-better).
 *
 * @category Attainment
 */
export type ProgressInput = z.input<typeof progressInputSchema>;

/**
 * Schema of {@link ProgressOutcome}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(progressOutcomeSchema, 'moderate');
 * //=> 'moderate'
 * ```
 */
export const progressOutcomeSchema = /* @__PURE__ */ z.enum([
  'target-achieved',
  'substantial',
  'moderate',
  'limited',
  'deterioration',
]);

/**
 * The progress category of the open-sdg / Statistics Canada progress measure, from
 * R = observed CAGR / required CAGR: `target-achieved` (already at or beyond the target),
 * `substantial` (R ≥ 0,95), `moderate` (0,6 ≤ R < 0,95), `limited` (0 ≤ R < 0,6),
 * `deterioration` (R < 0, or moving away from a target no further than the base value).
 *
 * @category Attainment
 */
export type ProgressOutcome = z.output<typeof progressOutcomeSchema>;

/**
 * Schema of {@link ProgressReason}.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(progressReasonSchema, 'zero-base');
 * //=> 'zero-base'
 * ```
 */
export const progressReasonSchema = /* @__PURE__ */ z.enum([
  'too-few-points',
  'zero-base',
  'opposite-signs',
]);

/**
 * Why progress could not be measured:
 *
 * - `too-few-points`: the current observation is from the base year, so there is no
 *   period to compound over;
 * - `zero-base`: the base value is 0, so no growth rate can be taken from it;
 * - `opposite-signs`: the current or target value has the opposite sign to the base value,
 *   so (value / base)^(1/years) is not a real growth factor.
 *
 * @category Attainment
 */
export type ProgressReason = z.output<typeof progressReasonSchema>;

const components = {
  baseYear: z.number(),
  baseValue: decimalSchema,
  currentYear: z.number(),
  currentValue: decimalSchema,
  targetYear: z.number(),
  targetValue: decimalSchema,
  direction: directionSchema,
  observed: z.nullable(decimalSchema),
  required: z.nullable(decimalSchema),
  ratio: z.nullable(decimalSchema),
  thresholds: z.readonly(z.object({ substantial: decimalSchema, moderate: decimalSchema })),
};

/**
 * Schema of a {@link ProgressStatus}, for results that come back as JSON.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const s = progressStatus({ baseYear: 2020, baseValue: 100, currentYear: 2022,
 *   currentValue: 121, targetYear: 2025, targetValue: 200 });
 * z.parse(progressStatusSchema, JSON.parse(JSON.stringify(s))).computable;
 * //=> true
 * ```
 */
export const progressStatusSchema = /* @__PURE__ */ z.discriminatedUnion('computable', [
  z.readonly(
    z.object({ computable: z.literal(true), outcome: progressOutcomeSchema, ...components }),
  ),
  z.readonly(
    z.object({ computable: z.literal(false), reason: progressReasonSchema, ...components }),
  ),
]);

/**
 * The result of {@link progressStatus}. Either `{ computable: true, outcome }` or
 * `{ computable: false, reason }` (never NaN), both carrying the inputs (with the direction
 * used) and the components, so the figure can be re-checked:
 *
 * - `observed`: the CAGR from base to current, in percent per year (null when it cannot be
 *   taken);
 * - `required`: the CAGR from base to target, in percent per year (null likewise);
 * - `ratio`: R = observed / required (null when either is null, or the target is no
 *   further than the base value);
 * - `thresholds`: the R bounds used (substantial 0.95, moderate 0.6).
 *
 * @category Attainment
 */
export type ProgressStatus = z.output<typeof progressStatusSchema>;
