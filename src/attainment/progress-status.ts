import { chitieuError, type ErrorPath } from '../errors.js';
import type { Direction } from '../indicator/measure-schema.js';
import { DIRECTIONS } from '../indicator/measure-values.js';
import { Decimal } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOneOf } from '../validation/check-argument.js';
import { compoundRate } from './compound-rate.js';
import type { ProgressInput, ProgressStatus } from './progress-status-schema.js';

const SUBSTANTIAL = /* @__PURE__ */ new Decimal('0.95');
const MODERATE = /* @__PURE__ */ new Decimal('0.6');

function checkYear(year: unknown, path: ErrorPath): number {
  // Number.isFinite is false for anything but a finite number (a "2021" string included).
  if (!Number.isFinite(year)) {
    throw chitieuError('invalid-argument', 'a year as a finite number (2021)', {
      received: year,
      path,
    });
  }
  return year as number;
}

/**
 * Measure progress towards a target the open-sdg / Statistics Canada way: the compound
 * annual growth observed from the base year to now (`observed`), the compound annual growth
 * the target requires from the base year (`required`), and their ratio R = observed /
 * required:
 *
 * - `target-achieved`: the current value is already at or beyond the target;
 * - `substantial`: R ≥ 0,95; `moderate`: 0,6 ≤ R < 0,95; `limited`: 0 ≤ R < 0,6;
 * - `deterioration`: R < 0 (moving away from the target), or the current value is worse
 *   than a target that lies no further than the base value (then R is not taken: `null`).
 *
 * Lower-is-better indicators need no sign flipping: a required decrease and an observed
 * decrease give a positive R. When no growth rate can be taken the result is
 * `{ computable: false, reason }`: `too-few-points` (current year = base year), `zero-base`
 * (base value 0), `opposite-signs` (a value on the other side of 0 from the base). The CAGRs
 * are computed to chitieu's 50 significant digits (fractional powers are not exact).
 *
 * @category Attainment
 * @param input - base, current and target values with their years; the direction (unless
 *   given: lower-is-better when the target is below the base value)
 * @returns the {@link ProgressStatus}, carrying inputs and components
 * @throws {@link ChitieuError} `invalid-number` for a bad value, `invalid-argument` for a
 * year that is not a finite number, a current year before the base year, a target year not
 * after it, or an unknown direction
 * @example
 * ```ts
 * // poverty 4,98 % (2020) → 3,96 % (2021); target 2 % by 2025
 * const s = progressStatus({ baseYear: 2020, baseValue: '4.98', currentYear: 2021,
 *   currentValue: '3.96', targetYear: 2025, targetValue: 2 });
 * [s.computable, s.direction, s.computable && s.outcome];
 * //=> [true, 'lower-is-better', 'substantial']
 * progressStatus({ baseYear: 2020, baseValue: 0, currentYear: 2021, currentValue: 3,
 *   targetYear: 2025, targetValue: 10 }).computable;
 * //=> false
 * ```
 */
export function progressStatus(input: ProgressInput): ProgressStatus {
  if (typeof input !== 'object' || input === null) {
    throw chitieuError('invalid-argument', 'an object with base, current and target values', {
      received: input,
    });
  }
  const baseYear = checkYear(input.baseYear, ['baseYear']);
  const currentYear = checkYear(input.currentYear, ['currentYear']);
  const targetYear = checkYear(input.targetYear, ['targetYear']);
  const baseValue = toDecimal(input.baseValue, ['baseValue']);
  const currentValue = toDecimal(input.currentValue, ['currentValue']);
  const targetValue = toDecimal(input.targetValue, ['targetValue']);
  if (currentYear < baseYear) {
    throw chitieuError('invalid-argument', `a current year not before the base year ${baseYear}`, {
      received: currentYear,
      path: ['currentYear'],
    });
  }
  if (targetYear <= baseYear) {
    throw chitieuError('invalid-argument', `a target year after the base year ${baseYear}`, {
      received: targetYear,
      path: ['targetYear'],
    });
  }
  const implied: Direction = targetValue.lt(baseValue) ? 'lower-is-better' : 'higher-is-better';
  const direction = checkOneOf(input.direction, DIRECTIONS, implied, ['direction']);
  const higher = direction === 'higher-is-better';

  const base = !baseValue.isZero();
  const sameSignAsBase = (v: Decimal): boolean =>
    base && (v.isZero() || v.isNegative() === baseValue.isNegative());
  const observed =
    currentYear > baseYear && sameSignAsBase(currentValue)
      ? compoundRate(baseValue, currentValue, new Decimal(currentYear).minus(baseYear), [
          'currentYear',
        ])
      : null;
  const required = sameSignAsBase(targetValue)
    ? compoundRate(baseValue, targetValue, new Decimal(targetYear).minus(baseYear), ['targetYear'])
    : null;
  // The target lies beyond the base value in the favourable direction: there is a way to go.
  const ahead = higher ? targetValue.gt(baseValue) : targetValue.lt(baseValue);
  const ratio = ahead && observed !== null && required !== null ? observed.div(required) : null;
  const achieved = higher ? currentValue.gte(targetValue) : currentValue.lte(targetValue);

  const parts = {
    baseYear,
    baseValue,
    currentYear,
    currentValue,
    targetYear,
    targetValue,
    direction,
    observed,
    required,
    ratio,
    thresholds: { substantial: SUBSTANTIAL, moderate: MODERATE },
  };
  if (achieved) return { computable: true, outcome: 'target-achieved', ...parts };
  if (currentYear === baseYear) return { computable: false, reason: 'too-few-points', ...parts };
  // Worse than a target no further than the base value: worse than the base value too.
  if (!ahead) return { computable: true, outcome: 'deterioration', ...parts };
  if (!base) return { computable: false, reason: 'zero-base', ...parts };
  if (ratio === null) return { computable: false, reason: 'opposite-signs', ...parts };
  const outcome = ratio.gte(SUBSTANTIAL)
    ? 'substantial'
    : ratio.gte(MODERATE)
      ? 'moderate'
      : ratio.isNegative() && !ratio.isZero()
        ? 'deterioration'
        : 'limited';
  return { computable: true, outcome, ...parts };
}
