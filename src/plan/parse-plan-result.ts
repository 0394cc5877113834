import { parseWithSchema } from '../validation/parse-with-schema.js';
import {
  type PlanItemResult,
  type PlanResult,
  planItemResultSchema,
  planResultSchema,
} from './plan-result-schema.js';

/**
 * Read a {@link PlanResult} from JSON (or any unknown value), for instance one stored with
 * `JSON.stringify`: figures may be numbers or JavaScript-notation strings and come back as
 * Decimals, so the result reads back equal to the original and {@link "chitieu"!describePlanReport}
 * takes it. Exported by `chitieu/schemas`.
 *
 * @category Plans
 * @param json - the value to read
 * @returns the plan result, with Decimals
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` listing every bad field in
 * `details.issues`, with `path` at the first one
 * @example
 * ```ts
 * const plan = {
 *   id: 'p', title: 'Kế hoạch', issuer: 'Huyện', period: { kind: 'year', year: 2021 },
 *   items: [{ id: 'a', indicator: getIndicator('party-admissions'), target: parseTarget('trên 150').target, actual: toDecimal(169) }],
 * };
 * const back = parsePlanResult(JSON.parse(JSON.stringify(evaluatePlan(plan))));
 * back.items[0]?.attainment?.percentOfPlan?.toFixed(1);
 * //=> '112.7'
 * parsePlanResult({ plan: {}, items: [] });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function parsePlanResult(json: unknown): PlanResult {
  return parseWithSchema(
    planResultSchema,
    json,
    'invalid-argument',
    'a plan result, as evaluatePlan() returns it',
  );
}

/**
 * Read one {@link PlanItemResult} from JSON, as {@link parsePlanResult} reads a whole plan
 * result; {@link "chitieu"!describeAttainment} takes what it returns. Exported by `chitieu/schemas`.
 *
 * @category Plans
 * @param json - the value to read
 * @returns the item result, with Decimals
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` listing every bad field in
 * `details.issues`, with `path` at the first one
 * @example
 * ```ts
 * parsePlanItemResult({ status: 'great' });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function parsePlanItemResult(json: unknown): PlanItemResult {
  return parseWithSchema(
    planItemResultSchema,
    json,
    'invalid-argument',
    'a plan item result, as evaluatePlan() returns it',
  );
}
