import * as z from 'zod/mini';
import { directionSchema, measureSchema } from '../indicator/measure-schema.js';
import { decimalSchema, nonNegativeDecimalSchema } from '../validation/decimal-schema.js';
import { ratioBasisSchema, strictnessSchema } from './attainment-schema.js';

/**
 * Schema of {@link EvaluateOptions}, for options that arrive as JSON (a plan item's
 * settings): numbers may be numbers or JavaScript-notation strings.
 *
 * @category Attainment
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(evaluateOptionsSchema, { baseline: '4.98', strictness: 'literal' }).baseline?.toString();
 * //=> '4.98'
 * z.safeParse(evaluateOptionsSchema, { ratioBasis: 'index' }).success;
 * //=> false
 * ```
 */
export const evaluateOptionsSchema = /* @__PURE__ */ z.readonly(
  z.object({
    baseline: z.optional(decimalSchema),
    direction: z.optional(directionSchema),
    strictness: z.optional(strictnessSchema),
    ratioBasis: z.optional(ratioBasisSchema),
    measure: z.optional(measureSchema),
    tolerance: z.optional(nonNegativeDecimalSchema),
  }),
);

/**
 * Options of {@link evaluate}:
 *
 * - `baseline`: the figure a change is measured from (số liệu kỳ gốc: last year's, or the
 *   base year's); required for a `change` target, carried into the result otherwise.
 * - `direction`: the indicator's direction; {@link defaultDirection} of the target unless
 *   given. It must agree with a bound: an `at-least` target is higher-is-better, an
 *   `at-most` one lower-is-better (and so on for the size of a change).
 * - `strictness`: `lenient` (default) or `literal`, for a result exactly on a strict bound.
 * - `ratioBasis`: `value` (default) or `growth-index` (for growth rates).
 * - `measure`: the indicator's measure; a change in `points` needs a `rate`.
 * - `tolerance`: relative tolerance of an `approximately` target ("khoảng"): 0.05 (±5 %)
 *   unless given. No source states a tolerance for "khoảng"; ±5 % is a chitieu convention.
 *
 * @category Attainment
 */
export type EvaluateOptions = z.input<typeof evaluateOptionsSchema>;
