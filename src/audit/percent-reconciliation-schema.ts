import * as z from 'zod/mini';
import { roundingSchema as roundingModeSchema } from '../numeric/rounding-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of a {@link PercentReconciliation}, the result of {@link "chitieu"!reconcilePercent}. Number
 * fields accept what `JSON.stringify` makes of a Decimal, so a result sent as JSON comes back
 * equal.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = reconcilePercent('112,6%', 169, 150);
 * z.parse(percentReconciliationSchema, JSON.parse(JSON.stringify(r))).computed.eq(r.computed);
 * //=> true
 * ```
 */
export const percentReconciliationSchema = /* @__PURE__ */ z.readonly(
  z.object({
    numerator: decimalSchema,
    denominator: decimalSchema,
    computed: decimalSchema,
    published: decimalSchema,
    publishedText: z.string(),
    decimals: z.number().check(z.int(), z.nonnegative()),
    candidates: z.readonly(
      z.object({
        'half-up': z.string(),
        'half-even': z.string(),
        truncate: z.string(),
        ceil: z.string(),
        floor: z.string(),
      }),
    ),
    matches: z.readonly(z.array(roundingModeSchema)),
    consistent: z.boolean(),
    verdict: z.enum(['consistent', 'unreproducible']),
    explanation: z.string(),
  }),
);

/**
 * The result of {@link "chitieu"!reconcilePercent}: is a published percentage ("đạt 112,6% kế hoạch")
 * what `numerator / denominator × 100` prints under some rounding?
 *
 * - `numerator`, `denominator`: the inputs;
 * - `computed`: the exact percentage, numerator / denominator × 100 (repeating quotients to
 *   50 significant digits);
 * - `published`: the published figure's value; `publishedText`: as printed ("112,6%");
 * - `decimals`: the decimal places the figure was printed with (from the text unless given);
 * - `candidates`: what each {@link Rounding} mode prints at those decimals, Vietnamese
 *   notation with "%" and trailing zeros kept ("112,7%", "112,6%");
 * - `matches`: the modes that reproduce the published value, in the order of
 *   {@link roundings}; empty when none does;
 * - `consistent` / `verdict`: whether any mode matches;
 * - `explanation`: the same in plain English with the Vietnamese terms.
 *
 * @category Audit
 */
export type PercentReconciliation = z.output<typeof percentReconciliationSchema>;
