import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';

/**
 * Schema of the options of {@link readReport}: none yet besides the limit on claims read.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(readReportOptionsSchema, { maxClaims: 100 });
 * //=> { maxClaims: 100 }
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
export type ReadReportOptions = z.input<typeof readReportOptionsSchema>;

/**
 * Schema of the options of {@link auditReport}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(auditReportOptionsSchema, { modes: ['half-up'] });
 * //=> { modes: ['half-up'] }
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
export type AuditReportOptions = z.input<typeof auditReportOptionsSchema>;

/**
 * Schema of the options of {@link describeFindings}.
 *
 * @category Audit
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(describeFindingsOptionsSchema, { lang: 'vi' });
 * //=> { lang: 'vi' }
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
export type DescribeFindingsOptions = z.input<typeof describeFindingsOptionsSchema>;
