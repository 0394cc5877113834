import type { Decimal, Numeric } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { Target, TargetInput } from '../targets/target-schema.js';
import type { Attainment } from './attainment-schema.js';
import { checkedTarget } from './checked-target.js';
import { evaluateDecimal } from './evaluate-decimal.js';
import type { EvaluateOptions } from './evaluate-options-schema.js';
import { resolveEvaluateOptions } from './resolve-evaluate-options.js';

export type { EvaluateOptions } from './evaluate-options-schema.js';

const ACTUAL_PATH = ['actual'] as const;

/**
 * Evaluate an actual figure (kết quả thực hiện) against a target (chỉ tiêu): is it exceeded
 * (vượt), met (đạt) or not met (không đạt), what percent of plan is it (đạt …% kế hoạch), and
 * how far beyond or short of the plan. Every figure is exact; round only when printing.
 *
 * - `at-least` ("trên 150"): above → exceeded; on the bound → met (with `strictness:
 *   'literal'` and a strict bound, not met); below → not met. `at-most` mirrors it: below
 *   the bound is better than plan, so exceeded.
 * - `exact` ("đạt 100%"): equal → met; better (per direction) → exceeded; worse → not met.
 * - `range` ("12–13%"): inside (inclusive) → met; beyond the favourable end → exceeded;
 *   beyond the other end → not met. The reference is the favourable end.
 * - `approximately` ("khoảng 3.200"): within ±`tolerance` (relative; ±5 % unless given, a
 *   chitieu convention: no source states one) → met; better beyond → exceeded; worse → not met.
 * - `change` ("giảm 1–1,5%", "có thêm 2 xã", "tăng 10% so với năm trước"): needs
 *   `baseline`; the change from it, measured in the target's direction (baseline − actual for
 *   a decrease) on the target's basis (units, points, or percent of the baseline), is then
 *   evaluated against `by`.
 *
 * The reference is the bound the ratio is taken against; `ratio` = compared / reference
 * (null when the reference is 0), or (100 + compared) / (100 + reference) with
 * `ratioBasis: 'growth-index'`; `percentOfPlan` = ratio × 100; `gap` is signed, + beyond
 * the reference in the favourable direction.
 *
 * A target whose numbers are not chitieu Decimals (numbers, numeric strings, Decimals of
 * another decimal.js) is read through {@link "chitieu/schemas"!targetSchema} first.
 *
 * @category Attainment
 * @param actual - the figure achieved (169 đảng viên; 3,96 % for a rate)
 * @param target - the target, as a {@link Target} (numbers in JavaScript notation also do)
 * @param options - baseline, direction, strictness, ratioBasis, measure, tolerance
 * @returns the {@link Attainment}, carrying its inputs
 * @throws {@link ChitieuError} `invalid-number` for a bad actual or baseline (paths
 * `['actual']`, `['options', 'baseline']`), `invalid-target` for a malformed target,
 * `missing-baseline` for a change target without a baseline, `division-by-zero` for a
 * percent change from 0, `invalid-argument` for an unknown option value or a direction that
 * contradicts the target, `unit-mismatch` for a change in points on a non-rate measure
 * @example
 * ```ts
 * // "Phấn đấu kết nạp trên 150 đảng viên"; 169 were admitted
 * const a = evaluate(169, { kind: 'at-least', value: new Decimal(150), strict: true });
 * a.status;
 * //=> 'exceeded'
 * formatViPercent(a.percentOfPlan ?? 0, { decimals: 1, rounding: 'truncate' });
 * //=> '112,6%'
 * a.gap.toString();
 * //=> '19'
 * evaluate(150, a.target).status;
 * //=> 'met'
 * evaluate(150, a.target, { strictness: 'literal' }).status;
 * //=> 'not-met'
 * ```
 * @example
 * ```ts
 * // "tỷ lệ hộ nghèo giảm 1–1,5%" (points): 4,98 % → 3,96 % is a decrease of 1,02 points
 * const by = { kind: 'range', min: toDecimal(1), max: toDecimal('1.5') };
 * const target = { kind: 'change', direction: 'decrease', by, basis: 'points' };
 * const p = evaluate('3.96', target, { baseline: '4.98', measure: 'rate' });
 * [p.status, p.compared.toString(), p.reference.toString(), p.direction];
 * //=> ['met', '1.02', '1.5', 'lower-is-better']
 * evaluate('3.96', target);
 * // throws ChitieuError missing-baseline
 * ```
 * @example
 * ```ts
 * // growth 12,1 % against a plan of "trên 13%": 112,1 / 113 of plan
 * const g = evaluate(
 *   '12.1',
 *   { kind: 'at-least', value: 13, strict: true },
 *   { ratioBasis: 'growth-index' },
 * );
 * [g.status, formatViPercent(g.percentOfPlan ?? 0, { decimals: 2 })];
 * //=> ['not-met', '99,2%']
 * ```
 */
export function evaluate(
  actual: Numeric,
  target: Target | TargetInput,
  options?: EvaluateOptions,
): Attainment {
  const value: Decimal = toDecimal(actual, ACTUAL_PATH);
  const checked = checkedTarget(target);
  return evaluateDecimal(value, checked, resolveEvaluateOptions(checked, options));
}
