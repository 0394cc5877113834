import { type ChitieuError, chitieuError } from '../errors.js';
import { Decimal } from '../numeric/decimal.js';
import { timesHundred } from '../numeric/times-hundred.js';
import type { LevelTarget, Target } from '../targets/target-schema.js';
import type { Attainment, Status } from './attainment-schema.js';
import { changeSize } from './change-size.js';
import { levelReference } from './level-reference.js';
import type { ResolvedEvaluateOptions } from './resolve-evaluate-options.js';

const ZERO = /* @__PURE__ */ new Decimal(0);
const HUNDRED = /* @__PURE__ */ new Decimal(100);

function unknownKind(level: unknown): ChitieuError {
  return chitieuError('invalid-target', 'a target kind chitieu knows', {
    received: (level as { kind?: unknown }).kind,
    path: ['target', 'kind'],
  });
}

/**
 * @internal The unchecked core of {@link evaluate}: takes a Decimal, a well-formed target
 * and options already resolved by {@link resolveEvaluateOptions}, and validates nothing
 * (but a missing baseline or a percent change from 0, which depend on the data). Plan
 * evaluation calls it on hot paths.
 *
 * @throws ChitieuError `missing-baseline` for a change target without a baseline,
 * `division-by-zero` for a percent change from a baseline of 0
 */
export function evaluateDecimal(
  actual: Decimal,
  target: Target,
  options: ResolvedEvaluateOptions,
): Attainment {
  let level: LevelTarget;
  let compared: Decimal;
  let higher: boolean;
  if (target.kind === 'change') {
    compared = changeSize(actual, options.baseline, target);
    level = target.by;
    // The comparison runs on the size of the change: for a decrease, a bigger size is a
    // lower value of the indicator.
    higher = (options.direction === 'higher-is-better') === (target.direction === 'increase');
  } else {
    compared = actual;
    level = target;
    higher = options.direction === 'higher-is-better';
  }

  const reference: Decimal | undefined = levelReference(level, higher);
  if (reference === undefined) throw unknownKind(level);
  // gap > 0: beyond the reference in the favourable direction. Its sign also gives the
  // comparison with the reference, so no separate cmp is needed on the hot path.
  const gap = higher ? compared.minus(reference) : reference.minus(compared);
  const side = gap.isZero() ? 0 : gap.isNegative() ? -1 : 1;
  // above > 0: compared is above the reference, whichever direction is favourable.
  const above = higher ? side : -side;
  let status: Status;
  let tolerance: Decimal | null = null;
  switch (level.kind) {
    case 'at-least':
      status =
        above > 0
          ? 'exceeded'
          : above < 0 || (level.strict && options.strictness === 'literal')
            ? 'not-met'
            : 'met';
      break;
    case 'at-most':
      status =
        above < 0
          ? 'exceeded'
          : above > 0 || (level.strict && options.strictness === 'literal')
            ? 'not-met'
            : 'met';
      break;
    case 'exact':
      status = side > 0 ? 'exceeded' : side < 0 ? 'not-met' : 'met';
      break;
    case 'range':
      // beyond the favourable end → exceeded; beyond the other end → not met; else inside
      status =
        side > 0
          ? 'exceeded'
          : (higher ? compared.lt(level.min) : compared.gt(level.max))
            ? 'not-met'
            : 'met';
      break;
    case 'approximately':
      tolerance = options.tolerance;
      status = gap.abs().lte(reference.abs().times(tolerance))
        ? 'met'
        : side > 0
          ? 'exceeded'
          : 'not-met';
      break;
    default:
      throw unknownKind(level);
  }

  let ratio: Decimal | null = null;
  if (options.ratioBasis === 'growth-index') {
    const index = reference.plus(HUNDRED);
    if (!index.isZero()) ratio = compared.plus(HUNDRED).div(index);
  } else if (!reference.isZero()) {
    ratio = compared.div(reference);
  }
  // 0 / −1 is −0 in decimal.js: keep zero unsigned, as toDecimal does.
  if (ratio?.isZero()) ratio = ZERO;

  return {
    status,
    reference,
    ratio,
    percentOfPlan: ratio === null ? null : timesHundred(ratio),
    gap,
    actual,
    compared,
    baseline: options.baseline,
    target,
    direction: options.direction,
    strictness: options.strictness,
    ratioBasis: options.ratioBasis,
    measure: options.measure,
    tolerance,
  };
}
