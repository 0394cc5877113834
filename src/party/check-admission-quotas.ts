import { chitieuError } from '../errors.js';
import { percentOf } from '../numeric/percent-of.js';
import {
  checkArray,
  checkCount,
  checkRecord,
  checkUniqueName,
} from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { AdmissionQuotaCheck, AdmissionUnit } from './admission-quotas-schema.js';

/**
 * Options for {@link checkAdmissionQuotas}.
 *
 * @category Party
 */
export interface CheckAdmissionQuotasOptions {
  /** The least quota each unit must carry ("mỗi đảng bộ xã, phường ít nhất 07"). */
  readonly minPerUnit?: number;
}

type Shortfall = AdmissionQuotaCheck['shortfalls'][number];
type UnitResult = AdmissionQuotaCheck['units'][number];

/** The options checkAdmissionQuotas knows: any other key is refused (a misspelling would be ignored). */
const CHECK_ADMISSION_QUOTAS_OPTIONS: readonly string[] = ['minPerUnit'];

/**
 * Check a district's admission plan (kế hoạch kết nạp đảng viên) against the quotas given to
 * its units, and the units' results against their quotas: do the quotas add up to the
 * district plan, does every unit carry at least the floor, and which units fell short.
 *
 * The quotas are consistent with the plan when they add up to at least the plan (units
 * may be asked for more than the district promised, never less). A unit's status is
 * `'met'` on its quota, `'exceeded'` above, `'not-met'` below (listed in `shortfalls`) and
 * `'pending'` while it has no result; the district total is known once every unit reports.
 *
 * @category Party
 * @param units - each unit's name, quota and (once known) admissions
 * @param districtPlan - the district's plan, a whole number (90)
 * @param options - the per-unit floor
 * @returns the consistency of the quotas, the floor check and the shortfall list
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a negative or fractional count, an
 * empty or repeated unit name (path `['units', i, field]`), or a bad plan or floor
 * @example
 * ```ts
 * const check = checkAdmissionQuotas(
 *   [
 *     { unit: 'Đảng bộ xã A', quota: 8, admitted: 9 },
 *     { unit: 'Đảng bộ xã B', quota: 6, admitted: 4 },
 *   ],
 *   14,
 *   { minPerUnit: 7 },
 * );
 * [check.allocation, check.admittedTotal];
 * //=> ['exact', 13]
 * check.belowFloor;
 * //=> [{ unit: 'Đảng bộ xã B', quota: 6, floor: 7 }]
 * check.shortfalls;
 * //=> [{ unit: 'Đảng bộ xã B', quota: 6, admitted: 4, shortBy: 2 }]
 * ```
 */
export function checkAdmissionQuotas(
  units: readonly AdmissionUnit[],
  districtPlan: number,
  options: CheckAdmissionQuotasOptions = {},
): AdmissionQuotaCheck {
  checkOptionKeys(options, CHECK_ADMISSION_QUOTAS_OPTIONS);
  const list = checkArray(units, 'an array of units ({ unit, quota, admitted? })', ['units']);
  const plan = checkCount(districtPlan, ['districtPlan']);
  checkRecord(options, 'an options object', ['options']);
  const minPerUnit =
    options.minPerUnit === undefined
      ? null
      : checkCount(options.minPerUnit, ['options', 'minPerUnit']);
  const seen = new Set<string>();
  const results: UnitResult[] = [];
  const belowFloor: { unit: string; quota: number; floor: number }[] = [];
  const shortfalls: Shortfall[] = [];
  let quotaSum = 0;
  let admittedSum = 0;
  let reported = 0;
  list.forEach((raw, i) => {
    const entry = checkRecord(raw, 'a unit ({ unit, quota, admitted? })', ['units', i]);
    const unit = checkUniqueName(entry.unit, seen, ['units', i, 'unit']);
    const quota = checkCount(entry.quota, ['units', i, 'quota']);
    quotaSum += quota;
    if (minPerUnit !== null && quota < minPerUnit) {
      belowFloor.push({ unit, quota, floor: minPerUnit });
    }
    if (entry.admitted === undefined) {
      results.push({ unit, quota, admitted: null, status: 'pending' });
      return;
    }
    const admitted = checkCount(entry.admitted, ['units', i, 'admitted']);
    reported += 1;
    admittedSum += admitted;
    const status = admitted > quota ? 'exceeded' : admitted === quota ? 'met' : 'not-met';
    results.push({ unit, quota, admitted, status });
    if (admitted < quota) shortfalls.push({ unit, quota, admitted, shortBy: quota - admitted });
  });
  if (!Number.isSafeInteger(quotaSum) || !Number.isSafeInteger(admittedSum)) {
    throw chitieuError('invalid-argument', 'counts whose sum is a safe integer', {
      received: 'a sum too large',
      path: ['units'],
    });
  }
  const difference = quotaSum - plan;
  const allocation = difference === 0 ? 'exact' : difference > 0 ? 'over' : 'under';
  const complete = reported === results.length && results.length > 0;
  const admittedTotal = complete ? admittedSum : null;
  return {
    plan,
    quotaSum,
    difference,
    allocation,
    consistent: allocation !== 'under',
    minPerUnit,
    belowFloor,
    units: results,
    reported,
    admittedTotal,
    percentOfPlan: admittedTotal === null || plan === 0 ? null : percentOf(admittedTotal, plan),
    shortfalls,
  };
}
