import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type Plan, planSchema } from './plan-schema.js';

const WHAT =
  'a plan (kế hoạch): { id, title, issuer, period, items: [{ id, indicator, target?, actual?, baseline?, … }] }';

/**
 * Validate a plan document (kế hoạch, JSON from a file or a request) and normalise it:
 * catalogue indicator ids are resolved to {@link "chitieu"!Indicator}s, Vietnamese target phrases
 * ("trên 150 đảng viên") are read with {@link "chitieu"!parseTarget} using the indicator's measure,
 * numbers become Decimals, `null` fields are dropped, and the result is frozen.
 *
 * Every bad field is reported, not just the first: the error's `details.issues` lists the
 * path and the problem of each (`['items', 3, 'target']` for an unreadable phrase,
 * `['items', 1, 'indicator']` for an unknown catalogue id, `['items', 2, 'id']` for a
 * duplicate id, `['items', 0, 'actual']` for a negative count). Unknown fields are rejected,
 * including `__proto__` and `constructor`, which are never assigned.
 *
 * The output survives `JSON.stringify` and comes back through `parsePlan` unchanged.
 *
 * @category Plans
 * @param json - the plan document, as parsed from JSON
 * @returns the normalised plan
 * @throws {@link "chitieu"!ChitieuError} `invalid-plan` listing every bad field in `details.issues`
 * @example
 * ```ts
 * const plan = parsePlan({
 *   id: 'hk-2021', title: 'Kết quả năm 2021', issuer: 'Huyện ủy Hương Khê',
 *   period: { kind: 'year', year: 2021 },
 *   items: [{ id: 'admissions', indicator: { id: 'admissions', name: 'Kết nạp đảng viên mới', unit: 'đảng viên', measure: 'count', direction: 'higher-is-better' }, target: 'trên 150 đảng viên', actual: 169 }],
 * });
 * plan.items[0].target.kind;
 * //=> 'at-least'
 * parsePlan(JSON.parse(JSON.stringify(plan))).items[0].actual.toString();
 * //=> '169'
 * parsePlan({ id: 'x', title: 'x', issuer: 'x', period: { kind: 'year', year: 2021 }, items: [{ id: 'a' }] });
 * // throws ChitieuError invalid-plan
 * ```
 */
export function parsePlan(json: unknown): Plan {
  return parseWithSchema(planSchema, json, 'invalid-plan', WHAT);
}
