import type { Attainment } from '../attainment/attainment-schema.js';
import { evaluate } from '../attainment/evaluate.js';
import type { EvaluateOptions } from '../attainment/evaluate-options-schema.js';
import { chitieuError } from '../errors.js';
import { parseTarget } from '../targets/parse-target.js';
import type { Target } from '../targets/target-schema.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type RatingShares, ratingSharesSchema } from './rating-shares-schema.js';

/**
 * Evaluate the share rated "Hoàn thành tốt nhiệm vụ trở lên" (HTTNV or HTXSNV) against a
 * target such as "có trên 80% tổ chức cơ sở đảng được xếp loại chất lượng 'Hoàn thành tốt
 * nhiệm vụ' trở lên": `evaluate(shares.goodOrBetter.percent, target)`, with the target
 * given as a {@link Target} or as its Vietnamese phrase (read by {@link parseTarget} as a
 * rate).
 *
 * @category Party
 * @param shares - the rating distribution from {@link ratingShares}
 * @param target - the target on the percentage ("trên 80%")
 * @param options - passed to {@link evaluate} (strictness, …)
 * @returns the attainment of the percentage against the target
 * @throws {@link "chitieu"!ChitieuError} `division-by-zero` when nothing was rated (no percentage),
 * `unparseable-target` for a phrase that is not a target, `invalid-argument` for malformed
 * shares (read through `ratingSharesSchema`; path `['shares', …]`)
 * @example
 * ```ts
 * const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });
 * evaluateGoodOrBetter(shares, 'trên 80%').status;
 * //=> 'exceeded'
 * evaluateGoodOrBetter(shares, { kind: 'at-least', value: toDecimal(90), strict: false }).status;
 * //=> 'not-met'
 * ```
 */
export function evaluateGoodOrBetter(
  shares: RatingShares,
  target: Target | string,
  options: EvaluateOptions = {},
): Attainment {
  const { percent } = parseWithSchema(
    ratingSharesSchema,
    shares,
    'invalid-argument',
    'rating shares from ratingShares()',
    ['shares'],
  ).goodOrBetter;
  if (percent === null) {
    throw chitieuError(
      'division-by-zero',
      'at least one rated organisation or member to take a percentage of',
      { received: 0, path: ['shares', 'total'] },
    );
  }
  const t = typeof target === 'string' ? parseTarget(target, { measure: 'rate' }).target : target;
  return evaluate(percent, t, options);
}
