import * as z from 'zod/mini';
import { decimalSchema } from '../validation/decimal-schema.js';
import { percentReconciliationSchema } from './percent-reconciliation-schema.js';

const shared = {
  count: decimalSchema,
  total: decimalSchema,
  share: decimalSchema,
  explanation: z.string(),
};

/**
 * Schema of a {@link ShareCheck}, the result of {@link "chitieu"!checkShare}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = checkShare(18, 20, '90%');
 * z.parse(shareCheckSchema, JSON.parse(JSON.stringify(r))).share.toString();
 * //=> '90'
 * ```
 */
export const shareCheckSchema = /* @__PURE__ */ z.discriminatedUnion('verdict', [
  z.readonly(
    z.object({
      ...shared,
      verdict: z.enum(['consistent', 'unreproducible']),
      consistent: z.boolean(),
      published: decimalSchema,
      reconciliation: percentReconciliationSchema,
    }),
  ),
  z.readonly(
    z.object({
      ...shared,
      verdict: z.literal('unchecked'),
      consistent: z.null(),
      published: z.null(),
      reconciliation: z.null(),
    }),
  ),
]);

/**
 * The result of {@link "chitieu"!checkShare}: "18/20 xã, thị trấn (90%)".
 *
 * - `count`, `total`: the inputs; `share`: count / total × 100, exact;
 * - `published`, `reconciliation`: the published percentage and its
 *   {@link PercentReconciliation} (which roundings print it), or `null` when none was given;
 * - `verdict` / `consistent`: from the reconciliation, or `unchecked` / `null` without a
 *   published percentage; `explanation` in words.
 *
 * @category Audit
 */
export type ShareCheck = z.output<typeof shareCheckSchema>;
