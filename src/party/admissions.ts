import { change } from '../attainment/change.js';
import { checkedTarget } from '../attainment/checked-target.js';
import { evaluate } from '../attainment/evaluate.js';
import { chitieuError } from '../errors.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkPeriod, freezePeriod } from '../period/check-period.js';
import type { Period } from '../period/period-schema.js';
import { samePeriodLastYear } from '../period/same-period-last-year.js';
import { parseTarget } from '../targets/parse-target.js';
import type { Target } from '../targets/target-schema.js';
import { checkCount, checkRecord } from '../validation/check-argument.js';
import { rebaseError } from '../validation/rebase-error.js';
import type { AdmissionsResult } from './admissions-schema.js';

/**
 * The admissions of new party members (kết nạp đảng viên mới) in a period, as a report
 * states them: the number admitted and, when known, the plan and last period's number.
 *
 * - `admitted`: how many were admitted (169);
 * - `period`: the period (năm 2021);
 * - `plan`: the plan, as a number (a minimum: 150), a {@link Target} or its Vietnamese
 *   phrase ("trên 150 đảng viên");
 * - `previous`: the number admitted in the period compared with (48);
 * - `previousPeriod`: that period; the same period a year earlier unless given.
 *
 * @category Party
 */
export interface AdmissionsInput {
  readonly admitted: number;
  readonly period?: Period;
  readonly plan?: number | string | Target;
  readonly previous?: number;
  readonly previousPeriod?: Period;
}

const PLAN_PATH = ['input', 'plan'] as const;

function readPlan(plan: number | string | Target): Target {
  if (typeof plan === 'number') {
    checkCount(plan, PLAN_PATH);
    return { kind: 'at-least', value: toDecimal(plan), strict: false };
  }
  if (typeof plan === 'string') {
    try {
      return parseTarget(plan, { measure: 'count' }).target;
    } catch (error) {
      // parseTarget reports the phrase itself, and a bad range at the target's own field
      // ("max"); the caller gave one string, so the error sits at input.plan.
      throw rebaseError(error, Number.POSITIVE_INFINITY, PLAN_PATH);
    }
  }
  return checkedTarget(plan, PLAN_PATH);
}

/**
 * Evaluate a period's party admissions: the attainment against the plan ("đạt 112,6% kế
 * hoạch năm") with {@link evaluate}, and the year-on-year change ("tăng 121 đảng viên so với
 * năm 2020") with {@link change} (a count: the change is in people). A plan given as a bare
 * number is read as a minimum (admissions are higher-is-better: "kế hoạch 150" is met from
 * 150 up). A `change` target ("tăng 10% so với năm trước") is measured from `previous`.
 * Describe the result with {@link describeAdmissions}.
 *
 * @category Party
 * @param input - admitted, period, plan, previous and previousPeriod
 * @returns the inputs with the attainment and the change
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a count that is negative or not
 * whole, `invalid-period` for a bad period, `unparseable-target` for a plan phrase that is
 * not a target, `invalid-target` for a range phrase whose lower end is above its upper end
 * ("từ 100 đến 90"), both at `input.plan`; `missing-baseline` for a change target without
 * `previous`
 * @example
 * ```ts
 * const r = evaluateAdmissions({ admitted: 169, plan: 'trên 150 đảng viên', previous: 48, period: { kind: 'year', year: 2021 } });
 * r.attainment.status;
 * //=> 'exceeded'
 * formatViPercent(r.attainment.percentOfPlan, { decimals: 1, rounding: 'truncate' });
 * //=> '112,6%'
 * r.change.absolute.toString();
 * //=> '121'
 * r.previousPeriod;
 * //=> { kind: 'year', year: 2020 }
 * ```
 */
export function evaluateAdmissions(input: AdmissionsInput): AdmissionsResult {
  const record = checkRecord(input, 'admissions ({ admitted, plan?, previous?, period? })', [
    'input',
  ]);
  const admitted = checkCount(record.admitted, ['input', 'admitted']);
  const period =
    input.period === undefined
      ? null
      : freezePeriod(checkPeriod(input.period, ['input', 'period']));
  const previous =
    input.previous === undefined ? null : checkCount(input.previous, ['input', 'previous']);
  let previousPeriod: Period | null = null;
  if (input.previousPeriod !== undefined) {
    previousPeriod = freezePeriod(checkPeriod(input.previousPeriod, ['input', 'previousPeriod']));
  } else if (previous !== null && period !== null) {
    previousPeriod = samePeriodLastYear(period);
  }
  const plan = input.plan === undefined ? null : readPlan(input.plan);
  if (plan !== null && plan.kind === 'change' && previous === null) {
    throw chitieuError(
      'missing-baseline',
      "the previous period's admissions (previous) to measure a change target from",
      { path: ['input', 'previous'] },
    );
  }
  const attainment =
    plan === null
      ? null
      : evaluate(
          admitted,
          plan,
          previous === null ? { measure: 'count' } : { measure: 'count', baseline: previous },
        );
  return {
    admitted,
    period,
    plan: attainment === null ? null : attainment.target,
    attainment,
    previous,
    previousPeriod,
    change: previous === null ? null : change(admitted, previous, { measure: 'count' }),
  };
}
