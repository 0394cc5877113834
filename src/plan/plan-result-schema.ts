import * as z from 'zod/mini';
import { attainmentSchema } from '../attainment/attainment-schema.js';
import { ITEM_STATUSES } from '../attainment/attainment-values.js';
import { changeSchema } from '../attainment/change-schema.js';
import { planItemSchema, planSchema } from './plan-schema.js';
import { PENDING_REASONS } from './plan-values.js';
import { scorecardByGroupSchema, scorecardSchema } from './scorecard-schema.js';

/**
 * Schema of {@link PendingReason}.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * z.parse(pendingReasonSchema, 'no-actual');
 * //=> 'no-actual'
 * ```
 */
export const pendingReasonSchema = /* @__PURE__ */ z.enum(PENDING_REASONS);

/**
 * Why a plan item is `pending` (not assessed against its target):
 *
 * - `no-actual`: there is no figure yet (chưa có số liệu);
 * - `no-target`: a figure reported without a plan figure; it is described, not judged, and
 *   left out of the scorecard;
 * - `no-baseline`: a change target ("có thêm 2 xã", "giảm 1–1,5%") whose baseline is missing.
 *
 * @category Plans
 */
export type PendingReason = z.output<typeof pendingReasonSchema>;

/**
 * Schema of a {@link PlanItemResult}, for results that come back as JSON.
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const plan = parsePlan({ id: 'p', title: 'Kế hoạch', issuer: 'UBND huyện', period: { kind: 'year', year: 2022 }, items: [{ id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: 169 }] });
 * const [first] = evaluatePlan(plan).items;
 * z.parse(planItemResultSchema, JSON.parse(JSON.stringify(first))).attainment?.gap.toString();
 * //=> '19'
 * ```
 */
export const planItemResultSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    item: planItemSchema,
    status: z.enum(ITEM_STATUSES),
    attainment: z.nullable(attainmentSchema),
    change: z.nullable(changeSchema),
    pendingReason: z.nullable(pendingReasonSchema),
  }),
);

/**
 * The result for one plan item:
 *
 * - `item`: the item evaluated (its inputs);
 * - `status`: exceeded / met / not-met, or `pending` while it cannot be assessed;
 * - `attainment`: the {@link Attainment} (percent of plan, gap, …), or null while pending;
 * - `change`: the {@link Change} from the baseline (in points for a rate), or null without
 *   a baseline or a figure;
 * - `pendingReason`: why it is pending ({@link PendingReason}); null when assessed.
 *
 * @category Plans
 */
export type PlanItemResult = z.output<typeof planItemResultSchema>;

/**
 * Schema of a {@link PlanResult}: what {@link "chitieu"!evaluatePlan} returns, sent as JSON and read
 * back (Decimals from their strings, the plan through {@link planSchema}).
 *
 * @category Plans
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const plan = parsePlan({ id: 'p', title: 'Kế hoạch', issuer: 'UBND huyện', period: { kind: 'year', year: 2022 }, items: [{ id: 'a', indicator: 'party-admissions', target: 'trên 150', actual: 169 }] });
 * const back = z.parse(planResultSchema, JSON.parse(JSON.stringify(evaluatePlan(plan))));
 * back.scorecard;
 * //=> { total: 1, exceeded: 1, attained: 1 }
 * ```
 */
export const planResultSchema = /* @__PURE__ */ z.readonly(
  z.strictObject({
    plan: planSchema,
    items: z.readonly(z.array(planItemResultSchema)),
    scorecard: scorecardSchema,
    byGroup: scorecardByGroupSchema,
  }),
);

/**
 * The result of {@link "chitieu"!evaluatePlan}: the `plan`, one {@link PlanItemResult} per item (in
 * the plan's order), the {@link Scorecard} over the items that have a target, and a
 * scorecard per group (`byGroup`).
 *
 * @category Plans
 */
export type PlanResult = z.output<typeof planResultSchema>;
