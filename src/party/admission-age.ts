import { chitieuError } from '../errors.js';
import { dayNumber, formatIsoDate, readDate } from '../period/calendar.js';
import { completedMonths } from './calendar-months.js';

/** The youngest age for admission, in completed months: 18 years. */
const MIN_AGE_MONTHS = 18 * 12;
/** The oldest age for admission without special approval, in completed months: 60 years. */
const MAX_AGE_MONTHS = 60 * 12;

/**
 * The result of {@link checkAdmissionAge}:
 *
 * - `status`: `'eligible'` (18 to 60), `'under-age'` or `'over-age'`; `eligible` is true
 *   only for the first;
 * - `requiresSpecialApproval`: over 60, admission is possible only by decision of a party
 *   committee directly under the Central Committee (cấp ủy trực thuộc Trung ương);
 * - `ageMonths`, `age`: the age in completed months, and as years and months;
 * - `minAgeMonths` (216), `maxAgeMonths` (720): the limits applied;
 * - `birthDate`, `consideredOn`: the inputs, as `'YYYY-MM-DD'`.
 *
 * @category Party
 */
export interface AdmissionAgeCheck {
  readonly eligible: boolean;
  readonly status: 'eligible' | 'under-age' | 'over-age';
  readonly requiresSpecialApproval: boolean;
  readonly ageMonths: number;
  readonly age: { readonly years: number; readonly months: number };
  readonly minAgeMonths: number;
  readonly maxAgeMonths: number;
  readonly birthDate: string;
  readonly consideredOn: string;
}

/**
 * Check the age of a person considered for admission to the Party: "tại thời điểm chi bộ
 * xét kết nạp, người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng)" (Quy định
 * 29-QĐ/TW 2016 on implementing the Party Statute; the same wording in Quy định 24-QĐ/TW
 * 2021 and 232-QĐ/TW 2025). Over 60, admission needs the decision of a cấp ủy trực thuộc
 * Trung ương.
 *
 * Age is counted in completed months (date-fns month arithmetic; a 29 February birthday is
 * reached on 28 February): eligible from the 18th birthday, and "đủ 60 tuổi tính theo tháng"
 * is read as up to 720 completed months, i.e. until the day before 60 years and 1 month.
 * That reading of the upper edge is **(unverified)**.
 *
 * @category Party
 * @param birthDate - the date of birth, `'YYYY-MM-DD'`
 * @param consideredOn - the day the chi bộ considers the admission, `'YYYY-MM-DD'`
 * @returns the status, the age in months and the limits applied
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a date that is not a real calendar day
 * or a birth date after the day considered
 * @example
 * ```ts
 * checkAdmissionAge('2003-06-15', '2021-06-15').status;
 * //=> 'eligible'
 * checkAdmissionAge('2003-06-15', '2021-06-14').status;
 * //=> 'under-age'
 * checkAdmissionAge('1961-03-10', '2021-04-09').age;
 * //=> { years: 60, months: 0 }
 * checkAdmissionAge('1961-03-10', '2021-04-10').requiresSpecialApproval;
 * //=> true
 * ```
 */
export function checkAdmissionAge(birthDate: string, consideredOn: string): AdmissionAgeCheck {
  const birth = readDate(birthDate, ['birthDate']);
  const on = readDate(consideredOn, ['consideredOn']);
  if (dayNumber(birth) > dayNumber(on)) {
    throw chitieuError('invalid-argument', 'a birth date on or before the day considered', {
      received: birthDate,
      path: ['birthDate'],
    });
  }
  const ageMonths = completedMonths(birth, on);
  const status =
    ageMonths < MIN_AGE_MONTHS ? 'under-age' : ageMonths > MAX_AGE_MONTHS ? 'over-age' : 'eligible';
  return {
    eligible: status === 'eligible',
    status,
    requiresSpecialApproval: status === 'over-age',
    ageMonths,
    age: { years: (ageMonths - (ageMonths % 12)) / 12, months: ageMonths % 12 },
    minAgeMonths: MIN_AGE_MONTHS,
    maxAgeMonths: MAX_AGE_MONTHS,
    birthDate: formatIsoDate(birth),
    consideredOn: formatIsoDate(on),
  };
}
