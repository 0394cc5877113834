import type { Direction, Measure } from '../indicator/measure-schema.js';
import { Decimal } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import type { Target } from '../targets/target-schema.js';
import { checkOneOf } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { RatioBasis, Strictness } from './attainment-schema.js';
import { RATIO_BASES, STRICTNESSES } from './attainment-values.js';
import { impliedDirection } from './default-direction.js';
import type { EvaluateOptions } from './evaluate-options-schema.js';
import { checkMeasure, checkOptionsObject, checkTolerance } from './option-checks.js';
import { resolveDirection } from './resolve-direction.js';

/**
 * @internal {@link EvaluateOptions} checked and filled in, as {@link evaluateDecimal} takes
 * them. Build it once with {@link resolveEvaluateOptions} and reuse it on hot paths.
 */
export interface ResolvedEvaluateOptions {
  readonly baseline: Decimal | null;
  readonly direction: Direction;
  readonly strictness: Strictness;
  readonly ratioBasis: RatioBasis;
  readonly measure: Measure | null;
  readonly tolerance: Decimal;
}

/** Error paths of the options, built once (this runs on every evaluate call). */
const PATHS = {
  baseline: ['options', 'baseline'],
  direction: ['options', 'direction'],
  strictness: ['options', 'strictness'],
  ratioBasis: ['options', 'ratioBasis'],
  measure: ['options', 'measure'],
  tolerance: ['options', 'tolerance'],
} as const;

/** The options evaluate knows: any other key is refused (a misspelling would be ignored). */
const EVALUATE_OPTIONS: readonly string[] = [
  'baseline',
  'direction',
  'strictness',
  'ratioBasis',
  'measure',
  'tolerance',
];

/** @internal ±5 %: chitieu's convention for "khoảng" (no source states a tolerance). */
export const DEFAULT_TOLERANCE: Decimal = /* @__PURE__ */ new Decimal('0.05');

function defaults(direction: Direction): ResolvedEvaluateOptions {
  return Object.freeze({
    baseline: null,
    direction,
    strictness: 'lenient',
    ratioBasis: 'value',
    measure: null,
    tolerance: DEFAULT_TOLERANCE,
  });
}

const HIGHER_DEFAULTS = /* @__PURE__ */ defaults('higher-is-better');
const LOWER_DEFAULTS = /* @__PURE__ */ defaults('lower-is-better');

/**
 * @internal Check `options` against `target` and fill in the defaults.
 *
 * @throws ChitieuError `invalid-number` for a bad baseline or tolerance, `invalid-argument`
 * for an unknown option value or a direction a bound contradicts, `unit-mismatch` for a
 * change in points on a measure other than `rate`
 */
export function resolveEvaluateOptions(
  target: Target,
  options: EvaluateOptions | undefined,
): ResolvedEvaluateOptions {
  if (options === undefined) {
    return impliedDirection(target) === 'lower-is-better' ? LOWER_DEFAULTS : HIGHER_DEFAULTS;
  }
  checkOptionsObject(options);
  checkOptionKeys(options, EVALUATE_OPTIONS);
  const measure = checkMeasure(options.measure, target, PATHS.measure);
  return {
    baseline: options.baseline === undefined ? null : toDecimal(options.baseline, PATHS.baseline),
    direction: resolveDirection(target, options.direction, PATHS.direction),
    strictness: checkOneOf(options.strictness, STRICTNESSES, 'lenient', PATHS.strictness),
    ratioBasis: checkOneOf(options.ratioBasis, RATIO_BASES, 'value', PATHS.ratioBasis),
    measure,
    tolerance: checkTolerance(options.tolerance, DEFAULT_TOLERANCE, PATHS.tolerance),
  };
}
