import { chitieuError } from '../errors.js';
import { Decimal, type Numeric } from '../numeric/decimal.js';
import { timesHundred } from '../numeric/times-hundred.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { LevelTarget, Target, TargetInput } from '../targets/target-schema.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { changeSize } from './change-size.js';
import { checkedTarget } from './checked-target.js';
import { levelReference } from './level-reference.js';
import { checkMeasure, checkOptionsObject, checkTolerance } from './option-checks.js';
import type { Pace, PaceOptions, PaceStatus } from './pace-schema.js';
import { resolveDirection } from './resolve-direction.js';

export type { PaceOptions } from './pace-schema.js';

const ZERO = /* @__PURE__ */ new Decimal(0);
const DEFAULT_BAND = /* @__PURE__ */ new Decimal('0.05');

/** The options pace knows: any other key is refused (a misspelling would be ignored). */
const PACE_OPTIONS: readonly string[] = ['baseline', 'direction', 'measure', 'tolerance'];

/**
 * Is a part-period result on pace for the period's plan? With `elapsed` the share of the
 * period gone (0,5 after 6 months of a year), the figure due by now is
 * `expected = reference × elapsed` (the plan accruing evenly), and the result is:
 *
 * - `on-track` within ±`tolerance` of expected (relative; ±5 % unless given, a chitieu
 *   convention: no source states a band), so `ratio` = actual / expected in [0,95; 1,05] for
 *   a positive expected figure; exactly 0 when expected is 0;
 * - `ahead` above the band, `behind` below it; mirrored for a lower-is-better indicator
 *   (spending under the expected share is ahead).
 *
 * Pace suits figures that accumulate over the period (admissions, revenue, new models); a
 * change target is paced on the change from its `baseline`. `percentOfPlan` is the share of
 * the whole plan already done.
 *
 * @category Attainment
 * @param actual - the figure so far
 * @param target - the period's target
 * @param elapsed - the share of the period gone, from 0 to 1
 * @param options - baseline, direction, measure, tolerance
 * @returns the {@link Pace}, carrying its inputs
 * @throws {@link ChitieuError} `invalid-argument` when elapsed is outside [0, 1] or for an
 * unknown option value, `invalid-number` for bad figures, `invalid-target` for a malformed
 * target, `missing-baseline` for a change target without a baseline
 * @example
 * ```ts
 * // 87 admissions after 6 months against "trên 150" for the year
 * const p = pace(87, { kind: 'at-least', value: 150, strict: true }, '0.5');
 * [p.status, p.expected.toString(), p.ratio?.toString()];
 * //=> ['ahead', '75', '1.16']
 * formatViPercent(p.percentOfPlan ?? 0);
 * //=> '58%'
 * pace(87, { kind: 'at-least', value: 150, strict: true }, '1.5');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function pace(
  actual: Numeric,
  target: Target | TargetInput,
  elapsed: Numeric,
  options?: PaceOptions,
): Pace {
  checkOptionKeys(options, PACE_OPTIONS);
  const value = toDecimal(actual, ['actual']);
  const checked = checkedTarget(target);
  const share = toDecimal(elapsed, ['elapsed']);
  if (share.isNegative() || share.gt(1)) {
    throw chitieuError('invalid-argument', 'the share of the period elapsed, from 0 to 1', {
      received: elapsed,
      path: ['elapsed'],
    });
  }
  checkOptionsObject(options);
  const baseline =
    options?.baseline === undefined ? null : toDecimal(options.baseline, ['options', 'baseline']);
  const direction = resolveDirection(checked, options?.direction, ['options', 'direction']);
  const measure = checkMeasure(options?.measure, checked, ['options', 'measure']);
  const tolerance = checkTolerance(options?.tolerance, DEFAULT_BAND, ['options', 'tolerance']);

  let level: LevelTarget;
  let compared: Decimal;
  let higher: boolean;
  if (checked.kind === 'change') {
    compared = changeSize(value, baseline, checked);
    level = checked.by;
    higher = (direction === 'higher-is-better') === (checked.direction === 'increase');
  } else {
    compared = value;
    level = checked;
    higher = direction === 'higher-is-better';
  }
  const reference = levelReference(level, higher);
  const expected = reference.times(share);
  const band = expected.abs().times(tolerance);
  let status: PaceStatus;
  if (compared.gt(expected.plus(band))) status = higher ? 'ahead' : 'behind';
  else if (compared.lt(expected.minus(band))) status = higher ? 'behind' : 'ahead';
  else status = 'on-track';

  const zero = compared.isZero();
  return {
    status,
    expected: expected.isZero() ? ZERO : expected,
    ratio: expected.isZero() ? null : zero ? ZERO : compared.div(expected),
    percentOfPlan: reference.isZero() ? null : zero ? ZERO : timesHundred(compared.div(reference)),
    elapsed: share,
    actual: value,
    compared,
    baseline,
    reference,
    target: checked,
    direction,
    measure,
    tolerance,
  };
}
