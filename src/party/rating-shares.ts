import { chitieuError } from '../errors.js';
import { percentOf } from '../numeric/percent-of.js';
import { apportionPercent } from './apportion-percent.js';
import { checkRatingCounts } from './check-counts.js';
import type { RatingCounts } from './rating-level-schema.js';
import type { RatingShares } from './rating-shares-schema.js';

/**
 * Tally ratings: the share at each level and the share rated "Hoàn thành tốt nhiệm vụ trở
 * lên" (HTTNV or HTXSNV), the figure party targets are set on ("có trên 80% tổ chức cơ sở
 * đảng được xếp loại chất lượng 'Hoàn thành tốt nhiệm vụ' trở lên").
 *
 * `goodOrBetter.percent` and `completedOrBetter.percent` are exact (`count / total × 100`).
 * The four `shares` are apportioned so that they add up to exactly 100: each is carried to
 * 30 decimal places by the largest-remainder method, so a share that terminates within
 * those places (18/20 = 90%) is exact and any other (1/3) is within 10⁻³⁰ of its true
 * value. Format them
 * with {@link "chitieu"!formatViPercent} and a named rounding. With a total of 0 nothing can be
 * computed: `shares` and the percents are null and `reason` says why.
 *
 * To evaluate the share against a target, see {@link evaluateGoodOrBetter}.
 *
 * @category Party
 * @param counts - how many were rated at each level
 * @returns the counts, total, shares and the HTTNV-or-better share
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a negative or fractional count or an
 * unknown level, with the path `['counts', level]`; for counts adding up past
 * `Number.MAX_SAFE_INTEGER`
 * @example
 * ```ts
 * const r = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });
 * r.goodOrBetter.count;
 * //=> 23
 * formatViPercent(r.goodOrBetter.percent);
 * //=> '85,1%'
 * formatViPercent(r.goodOrBetter.percent, { rounding: 'half-up' });
 * //=> '85,2%'
 * ratingShares({ excellent: 1, good: 3, completed: 1, 'not-completed': 0 }).shares;
 * //=> { excellent: '20', good: '60', completed: '20', 'not-completed': '0' }
 * ratingShares({ excellent: 1, good: -3, completed: 1, 'not-completed': 0 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function ratingShares(counts: RatingCounts): RatingShares {
  const c = checkRatingCounts(counts);
  const goodOrBetter = c.excellent + c.good;
  const completedOrBetter = goodOrBetter + c.completed;
  const total = completedOrBetter + c['not-completed'];
  if (!Number.isSafeInteger(total)) {
    throw chitieuError('invalid-argument', 'counts whose sum is a safe integer', {
      received: total,
      path: ['counts'],
    });
  }
  if (total === 0) {
    return {
      counts: c,
      total,
      shares: null,
      goodOrBetter: { count: 0, percent: null },
      completedOrBetter: { count: 0, percent: null },
      reason: 'no-rated-units',
    };
  }
  const [excellent, good, completed, notCompleted] = apportionPercent(
    [c.excellent, c.good, c.completed, c['not-completed']],
    total,
  );
  return {
    counts: c,
    total,
    shares: {
      excellent: excellent!,
      good: good!,
      completed: completed!,
      'not-completed': notCompleted!,
    },
    goodOrBetter: { count: goodOrBetter, percent: percentOf(goodOrBetter, total) },
    completedOrBetter: { count: completedOrBetter, percent: percentOf(completedOrBetter, total) },
    reason: null,
  };
}
