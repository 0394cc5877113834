import type { Direction } from '../indicator/measure-schema.js';
import type { Target, TargetInput } from '../targets/target-schema.js';
import { checkedTarget } from './checked-target.js';

/** @internal The direction of an already-checked target (the hot path of evaluate). */
export function impliedDirection(target: Target): Direction {
  if (target.kind === 'change') {
    const biggerIsBetter = target.by.kind !== 'at-most';
    return biggerIsBetter === (target.direction === 'increase')
      ? 'higher-is-better'
      : 'lower-is-better';
  }
  return target.kind === 'at-most' ? 'lower-is-better' : 'higher-is-better';
}

/**
 * The direction (chiều tốt) a target implies for its indicator when none is given:
 *
 * - `at-most` ("dưới 4%", "không quá 5%") → `lower-is-better`;
 * - `at-least`, `exact`, `range`, `approximately` → `higher-is-better`;
 * - `change`: a bigger change in the named direction is better unless its size is capped
 *   (`by` is `at-most`), so "giảm 1–1,5%" → `lower-is-better`, "tăng trên 10%" →
 *   `higher-is-better`, "tăng không quá 5%" → `lower-is-better`, "giảm không quá 2%" →
 *   `higher-is-better`.
 *
 * @category Attainment
 * @param target - the target
 * @returns the default direction of the indicator
 * @throws {@link ChitieuError} `invalid-target` (path `['target', …]`) for a malformed target
 * @example
 * ```ts
 * defaultDirection({ kind: 'at-most', value: toDecimal(4), strict: true });
 * //=> 'lower-is-better'
 * const by = { kind: 'range', min: toDecimal(1), max: toDecimal('1.5') };
 * defaultDirection({ kind: 'change', direction: 'decrease', by, basis: 'points' });
 * //=> 'lower-is-better'
 * ```
 */
export function defaultDirection(target: Target | TargetInput): Direction {
  return impliedDirection(checkedTarget(target));
}
