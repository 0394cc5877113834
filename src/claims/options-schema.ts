import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';

/**
 * Schema of the options of {@link readReport}: the limit on claims read. Unknown fields are
 * refused.
 *
 * @category Audit
 * @example
 * ```ts
 * readReport('Đạt 1%. Đạt 2%.', { maxClaims: 1 }).claims.length;
 * //=> 1
 * readReport('Đạt 1%.', { maxClaim: 1 } as never);
 * // throws ChitieuError invalid-argument
 * ```
 */
export const readReportOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** Stop after this many claims (10 000 unless given). */
  maxClaims: z.optional(z.number().check(z.int(), z.positive())),
});

/**
 * Options of {@link readReport}.
 *
 * @category Audit
 */
/** @internal The keys of {@link ReadReportOptions}. */
export const READ_REPORT_OPTIONS: readonly string[] = Object.keys(readReportOptionsSchema.shape);

export type ReadReportOptions = z.input<typeof readReportOptionsSchema>;

/**
 * Schema of the options of {@link auditReport}: the roundings allowed, and options for
 * reading a text. Unknown fields are refused.
 *
 * @category Audit
 * @example
 * ```ts
 * const text = 'Kết nạp 169 đảng viên, đạt 112,6% kế hoạch (150 đảng viên).';
 * auditReport(text).findings[0]?.verdict;
 * //=> 'consistent'
 * auditReport(text, { modes: ['half-up'] }).findings[0]?.verdict;
 * //=> 'inconsistent'
 * ```
 */
export const auditReportOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The roundings a printed figure may have been made with; half-up and truncate unless given. */
  modes: z.optional(z.array(roundingSchema).check(z.minLength(1))),
  /** Options for reading a text (ignored when a reading is given). */
  read: z.optional(readReportOptionsSchema),
});

/**
 * Options of {@link auditReport}.
 *
 * @category Audit
 */
/** @internal The keys of {@link AuditReportOptions}. */
export const AUDIT_REPORT_OPTIONS: readonly string[] = Object.keys(auditReportOptionsSchema.shape);

export type AuditReportOptions = z.input<typeof auditReportOptionsSchema>;

/**
 * Schema of the options of {@link describeFindings}: the language, `'vi'` or `'en'`.
 *
 * @category Audit
 * @example
 * ```ts
 * describeFindings([], { lang: 'vi' });
 * //=> []
 * describeFindings([], { lang: 'fr' } as never);
 * // throws ChitieuError invalid-argument
 * ```
 */
export const describeFindingsOptionsSchema = /* @__PURE__ */ z.strictObject({
  /** The language of the sentences: English unless given. */
  lang: z.optional(z.enum(['vi', 'en'])),
});

/**
 * Options of {@link describeFindings}.
 *
 * @category Audit
 */
/** @internal The keys of {@link DescribeFindingsOptions}. */
export const DESCRIBE_FINDINGS_OPTIONS: readonly string[] = Object.keys(
  describeFindingsOptionsSchema.shape,
);

export type DescribeFindingsOptions = z.input<typeof describeFindingsOptionsSchema>;
