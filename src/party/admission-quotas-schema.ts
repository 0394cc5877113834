import * as z from 'zod/mini';
import { ITEM_STATUSES } from '../attainment/attainment-values.js';
import { decimalSchema, nonNegativeDecimalSchema } from '../validation/decimal-schema.js';
import { nonBlankTextSchema } from '../validation/non-blank-text-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));
const nameSchema = /* @__PURE__ */ nonBlankTextSchema(200);

/**
 * Schema of {@link AdmissionUnit}.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(admissionUnitSchema, { unit: 'Đảng bộ xã A', quota: 7, admitted: 8 }).quota;
 * //=> 7
 * ```
 */
export const admissionUnitSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({ unit: nameSchema, quota: countSchema, admitted: z.optional(countSchema) }),
);

/**
 * One party unit (đảng bộ, chi bộ cơ sở) in a district's admission plan: its name, its quota
 * (chỉ tiêu kết nạp) and, once known, how many it admitted.
 *
 * @category Party
 */
export type AdmissionUnit = z.output<typeof admissionUnitSchema>;

const unitResultSchema = /* @__PURE__ */ z.readonly(
  z.object({
    unit: nameSchema,
    quota: countSchema,
    admitted: z.nullable(countSchema),
    status: z.enum(ITEM_STATUSES),
  }),
);

/**
 * Schema of {@link AdmissionQuotaCheck}: what {@link "chitieu/party"!checkAdmissionQuotas} returns, also
 * after a JSON round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const check = checkAdmissionQuotas([{ unit: 'A', quota: 50 }, { unit: 'B', quota: 40 }], 90);
 * z.parse(admissionQuotaCheckSchema, JSON.parse(JSON.stringify(check))).allocation;
 * //=> 'exact'
 * ```
 */
export const admissionQuotaCheckSchema = /* @__PURE__ */ z.readonly(
  z.object({
    plan: countSchema,
    quotaSum: countSchema,
    difference: z.int(),
    allocation: z.enum(['exact', 'over', 'under']),
    consistent: z.boolean(),
    minPerUnit: z.nullable(countSchema),
    belowFloor: z.readonly(
      z.array(z.readonly(z.object({ unit: nameSchema, quota: countSchema, floor: countSchema }))),
    ),
    units: z.readonly(z.array(unitResultSchema)),
    reported: countSchema,
    admittedTotal: z.nullable(countSchema),
    percentOfPlan: z.nullable(decimalSchema),
    shortfalls: z.readonly(
      z.array(
        z.readonly(
          z.object({
            unit: nameSchema,
            quota: countSchema,
            admitted: countSchema,
            shortBy: countSchema,
          }),
        ),
      ),
    ),
  }),
);

/**
 * The result of {@link "chitieu/party"!checkAdmissionQuotas}:
 *
 * - `plan`, `quotaSum`, `difference` (quotaSum − plan): do the units' quotas add up to the
 *   district plan? `allocation` is `'exact'`, `'over'` (the units aim higher than the
 *   district) or `'under'` (the quotas cannot reach the plan); `consistent` unless under;
 * - `minPerUnit`, `belowFloor`: the per-unit floor ("mỗi đảng bộ xã, phường ít nhất 07") and
 *   the units whose quota is below it;
 * - `units`: each unit with its status against its own quota (`'pending'` before a result);
 * - `reported`: units with a result; `admittedTotal`: their sum once every unit has
 *   reported (null before); `percentOfPlan`: admittedTotal / plan × 100, exact (null when
 *   unknown or the plan is 0);
 * - `shortfalls`: the units below their quota, by how many.
 *
 * @category Party
 */
export type AdmissionQuotaCheck = z.output<typeof admissionQuotaCheckSchema>;

/**
 * Schema of {@link QuotaAllocation}: what {@link "chitieu/party"!allocateAdmissionQuotas} returns, also
 * after a JSON round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const a = allocateAdmissionQuotas([{ unit: 'A' }, { unit: 'B' }], 15);
 * z.parse(quotaAllocationSchema, JSON.parse(JSON.stringify(a))).units[0].quota;
 * //=> 8
 * ```
 */
export const quotaAllocationSchema = /* @__PURE__ */ z.readonly(
  z.object({
    plan: countSchema,
    minPerUnit: countSchema,
    total: countSchema,
    surplus: countSchema,
    units: z.readonly(
      z.array(
        z.readonly(
          z.object({ unit: nameSchema, weight: nonNegativeDecimalSchema, quota: countSchema }),
        ),
      ),
    ),
  }),
);

/**
 * The result of {@link "chitieu/party"!allocateAdmissionQuotas}: each unit's quota, the total (the plan,
 * or more when the floors alone exceed it) and the `surplus` over the plan that the floors
 * force (0 otherwise).
 *
 * @category Party
 */
export type QuotaAllocation = z.output<typeof quotaAllocationSchema>;
