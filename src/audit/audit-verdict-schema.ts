import * as z from 'zod/mini';

/**
 * Schema of {@link AuditVerdict}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(auditVerdictSchema, 'unreproducible');
 * //=> 'unreproducible'
 * ```
 */
export const auditVerdictSchema = /* @__PURE__ */ z.enum([
  'consistent',
  'unreproducible',
  'unchecked',
]);

/**
 * What an audit check concluded about a published figure (số liệu công bố):
 *
 * - `consistent`: the published figure follows from its inputs (khớp), under the rule the
 *   result names (a rounding mode, an exact difference, a sum);
 * - `unreproducible`: no rule the check knows reproduces it (không khớp): "2.567 xã (42,4%)"
 *   against either stated base. Reported, never thrown;
 * - `unchecked`: there was nothing to compare with (no previous figure, no published
 *   percentage): the check only computed what the figure implies.
 *
 * @category Audit
 */
export type AuditVerdict = z.output<typeof auditVerdictSchema>;
