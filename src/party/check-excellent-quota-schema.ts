import * as z from 'zod/mini';
import { roundingSchema } from '../numeric/rounding-schema.js';
import { decimalSchema } from '../validation/decimal-schema.js';

/**
 * Schema of {@link ExcellentQuotaRule}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(excellentQuotaRuleSchema, 'hd-21-2019');
 * //=> 'hd-21-2019'
 * ```
 */
export const excellentQuotaRuleSchema = /* @__PURE__ */ z.enum(['hd-21-2019', 'nd-335-2025']);

/**
 * Which rule caps the number rated "Hoàn thành xuất sắc nhiệm vụ" (HTXSNV). Both set the cap
 * at 20% of the number rated "Hoàn thành tốt nhiệm vụ" (HTTNV), per scope:
 *
 * - `'hd-21-2019'`: Hướng dẫn 21-HD/BTCTW (2019, under Quy định 132-QĐ/TW): party members,
 *   within each tổ chức cơ sở đảng;
 * - `'nd-335-2025'`: Nghị định 335/2025/NĐ-CP: công chức, within one agency and each group
 *   with similar tasks.
 *
 * Whether Quy định 366-QĐ/TW (2025) keeps the party-member rule, and whether any such rule
 * applies to organisations, is **(unverified)**.
 *
 * @category Party
 */
export type ExcellentQuotaRule = z.output<typeof excellentQuotaRuleSchema>;

/**
 * Schema of {@link QuotaBase}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(quotaBaseSchema, 'good-or-better');
 * //=> 'good-or-better'
 * ```
 */
export const quotaBaseSchema = /* @__PURE__ */ z.enum(['good', 'good-or-better']);

/**
 * What the 20% is taken of:
 *
 * - `'good'` (the default): the number rated HTTNV, as HD 21-HD/BTCTW and NĐ 335/2025 word
 *   it ("không vượt quá 20% số đảng viên được xếp loại 'Hoàn thành tốt nhiệm vụ'");
 * - `'good-or-better'`: the number rated HTTNV or HTXSNV, a reading found in some secondary
 *   texts; it allows more HTXSNV and is offered to reproduce them.
 *
 * @category Party
 */
export type QuotaBase = z.output<typeof quotaBaseSchema>;

/**
 * Schema of {@link ExcellentQuotaCheck}: what {@link "chitieu/party"!checkExcellentQuota} returns, also
 * after a JSON round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const check = checkExcellentQuota({ excellent: 3, good: 12, completed: 1, 'not-completed': 0 });
 * z.parse(excellentQuotaCheckSchema, JSON.parse(JSON.stringify(check))).exactMax.toString();
 * //=> '2.4'
 * ```
 */
export const excellentQuotaCheckSchema = /* @__PURE__ */ z.readonly(
  z.object({
    allowed: z.boolean(),
    excellent: z.int().check(z.gte(0)),
    maxExcellent: z.int().check(z.gte(0)),
    excess: z.int().check(z.gte(0)),
    base: z.int().check(z.gte(0)),
    baseOf: quotaBaseSchema,
    quotaPercent: decimalSchema,
    exactMax: decimalSchema,
    rounding: roundingSchema,
    rule: excellentQuotaRuleSchema,
    explanation: z.string(),
  }),
);

/**
 * The result of {@link "chitieu/party"!checkExcellentQuota}:
 *
 * - `allowed`: the number rated HTXSNV is within the cap;
 * - `excellent`: that number; `maxExcellent`: the cap, a whole number; `excess`: how many
 *   over the cap (0 when allowed);
 * - `base`: the count the quota is taken of (HTTNV, or HTTNV + HTXSNV); `baseOf` says which;
 * - `quotaPercent`: the quota (20); `exactMax`: quota × base / 100 before rounding (2.4);
 * - `rounding`: how `exactMax` became `maxExcellent`; `rule`: the rule followed;
 * - `explanation`: one Vietnamese sentence with the figures.
 *
 * @category Party
 */
export type ExcellentQuotaCheck = z.output<typeof excellentQuotaCheckSchema>;
