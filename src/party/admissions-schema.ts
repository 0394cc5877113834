import * as z from 'zod/mini';
import { attainmentSchema } from '../attainment/attainment-schema.js';
import { changeSchema } from '../attainment/change-schema.js';
import { periodSchema } from '../period/period-schema.js';
import { targetSchema } from '../targets/target-schema.js';

const countSchema = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * Schema of {@link AdmissionsResult}: what {@link "chitieu/party"!evaluateAdmissions} returns, also after a
 * JSON round trip.
 *
 * @category Party
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const r = evaluateAdmissions({ admitted: 169, plan: 150, previous: 48 });
 * z.parse(admissionsResultSchema, JSON.parse(JSON.stringify(r))).change?.absolute.toString();
 * //=> '121'
 * ```
 */
export const admissionsResultSchema = /* @__PURE__ */ z.readonly(
  z.object({
    admitted: countSchema,
    period: z.nullable(periodSchema),
    plan: z.nullable(targetSchema),
    attainment: z.nullable(attainmentSchema),
    previous: z.nullable(countSchema),
    previousPeriod: z.nullable(periodSchema),
    change: z.nullable(changeSchema),
  }),
);

/**
 * The result of {@link "chitieu/party"!evaluateAdmissions}: the inputs (admitted, period, plan as a
 * {@link "chitieu"!Target}, previous, previousPeriod), the {@link "chitieu"!Attainment} against the plan (null
 * without a plan) and the {@link "chitieu"!Change} from the previous period (null without one).
 *
 * @category Party
 */
export type AdmissionsResult = z.output<typeof admissionsResultSchema>;
