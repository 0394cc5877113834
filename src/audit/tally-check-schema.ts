import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of a {@link TallyCheck}, the result of {@link "chitieu"!checkTally}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = checkTally(['36.11', '36.17', '27.72'], 100);
 * z.parse(tallyCheckSchema, JSON.parse(JSON.stringify(r))).computed.toString();
 * //=> '100'
 * ```
 */
export const tallyCheckSchema = /* @__PURE__ */ z.readonly(
  z.object({
    parts: z.readonly(z.array(decimalSchema)),
    computed: decimalSchema,
    published: decimalSchema,
    difference: decimalSchema,
    tolerance: decimalSchema,
    consistent: z.boolean(),
    verdict: z.enum(['consistent', 'unreproducible']),
    explanation: z.string(),
  }),
);

/**
 * The result of {@link "chitieu"!checkTally}: do the parts add up to the published total?
 *
 * - `parts`: the parts as Decimals; `computed`: their exact sum; `published`: the total;
 * - `difference`: computed − published;
 * - `tolerance`: the largest |difference| accepted (0 unless given);
 * - `consistent` / `verdict`: whether |difference| ≤ tolerance; `explanation` in words.
 *
 * @category Audit
 */
export type TallyCheck = z.output<typeof tallyCheckSchema>;
