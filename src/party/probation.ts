import { chitieuError } from '../errors.js';
import { type CalendarDate, dayNumber, formatIsoDate, readDate } from '../period/calendar.js';
import { periodInterval } from '../period/period-interval.js';
import type { Period } from '../period/period-schema.js';
import { checkArray, checkName, checkRecord } from '../validation/check-argument.js';
import { addCalendarMonths } from './calendar-months.js';

/** @internal The probation (thời kỳ dự bị) of a new member, in months (Điều lệ Đảng, Art. 5). */
export const PROBATION_MONTHS = 12;

/**
 * A new party member's admission: when the chi bộ held the admission ceremony (lễ kết nạp),
 * as `'YYYY-MM-DD'`, and optionally an id to recognise the member by.
 *
 * @category Party
 */
export interface AdmissionRecord {
  readonly id?: string;
  readonly admittedOn: string;
}

/**
 * A date range with both ends included, as `'YYYY-MM-DD'` strings.
 *
 * @category Party
 */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/**
 * One member whose probation ends within the period: the id (null when none was given), the
 * position in the input list, the admission date and the day the 12 months are complete.
 *
 * @category Party
 */
export interface ProbationDue {
  readonly id: string | null;
  readonly index: number;
  readonly admittedOn: string;
  readonly dueOn: string;
}

/**
 * The result of {@link probationDue}: the period as a date range and the members due in it,
 * by due date (then input order).
 *
 * @category Party
 */
export interface ProbationDueResult {
  readonly start: string;
  readonly end: string;
  readonly count: number;
  readonly due: readonly ProbationDue[];
}

/**
 * The day a new party member's probation ends: a đảng viên dự bị serves 12 months from the
 * admission ceremony (Điều lệ Đảng 2011, Art. 5), after which the chi bộ considers the
 * member for đảng viên chính thức ("chuyển đảng chính thức"). The result is the day the 12
 * months are complete, the anniversary of the ceremony; a ceremony on 29 February ends on 28
 * February (date-fns `addMonths`). Dates are calendar days as `'YYYY-MM-DD'`, free of time
 * zones.
 *
 * @category Party
 * @param admittedOn - the day of the admission ceremony, `'YYYY-MM-DD'`
 * @returns the day the probation ends, `'YYYY-MM-DD'`
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a date that is not a real calendar day
 * @example
 * ```ts
 * probationEndDate('2021-03-26');
 * //=> '2022-03-26'
 * probationEndDate('2020-02-29');
 * //=> '2021-02-28'
 * probationEndDate('2021-02-30');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function probationEndDate(admittedOn: string): string {
  return formatIsoDate(addCalendarMonths(readDate(admittedOn, ['admittedOn']), PROBATION_MONTHS));
}

function readRange(period: DateRange | Period): { start: CalendarDate; end: CalendarDate } {
  const record = checkRecord(period, 'a period or a date range ({ start, end })', ['period']);
  if ('kind' in record) {
    const interval = periodInterval(period as Period);
    return { start: readDate(interval.start), end: readDate(interval.end) };
  }
  const start = readDate(record.start as string, ['period', 'start']);
  const end = readDate(record.end as string, ['period', 'end']);
  if (dayNumber(end) < dayNumber(start)) {
    throw chitieuError('invalid-period', 'a date range whose end is not before its start', {
      received: record.end,
      path: ['period', 'end'],
    });
  }
  return { start, end };
}

/**
 * The members whose probation (thời kỳ dự bị, 12 months from the admission ceremony) ends
 * within a period, with the day it ends: the list a party committee works through to
 * consider them for đảng viên chính thức. Both ends of the period are included.
 *
 * @category Party
 * @param admissions - the admissions, each with `admittedOn` (`'YYYY-MM-DD'`) and an optional id
 * @param period - a {@link Period} (`{ kind: 'half', year: 2022, half: 1 }`) or a date range
 *   (`{ start: '2022-01-01', end: '2022-06-30' }`)
 * @returns the date range and the members due in it, by due date
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a bad admission (path `['admissions', i,
 * field]`), `invalid-period` for a bad period or a range that ends before it starts
 * @example
 * ```ts
 * const due = probationDue(
 *   [
 *     { id: 'A', admittedOn: '2021-03-26' },
 *     { id: 'B', admittedOn: '2021-09-02' },
 *     { id: 'C', admittedOn: '2021-01-15' },
 *   ],
 *   { kind: 'half', year: 2022, half: 1 },
 * );
 * due.due.map((d) => [d.id, d.dueOn]);
 * //=> [['C', '2022-01-15'], ['A', '2022-03-26']]
 * ```
 */
export function probationDue(
  admissions: readonly AdmissionRecord[],
  period: DateRange | Period,
): ProbationDueResult {
  const list = checkArray(admissions, 'an array of admissions ({ id?, admittedOn })', [
    'admissions',
  ]);
  const { start, end } = readRange(period);
  const first = dayNumber(start);
  const last = dayNumber(end);
  const due: (ProbationDue & { day: number })[] = [];
  list.forEach((raw, index) => {
    const entry = checkRecord(raw, 'an admission ({ id?, admittedOn })', ['admissions', index]);
    const id = entry.id === undefined ? null : checkName(entry.id, ['admissions', index, 'id']);
    const admitted = readDate(entry.admittedOn as string, ['admissions', index, 'admittedOn']);
    const end12 = addCalendarMonths(admitted, PROBATION_MONTHS);
    const day = dayNumber(end12);
    if (day >= first && day <= last) {
      due.push({
        id,
        index,
        admittedOn: formatIsoDate(admitted),
        dueOn: formatIsoDate(end12),
        day,
      });
    }
  });
  // Array.prototype.sort is stable and `due` is in input order: same-day members keep it.
  due.sort((a, b) => a.day - b.day);
  return {
    start: formatIsoDate(start),
    end: formatIsoDate(end),
    count: due.length,
    due: due.map(({ id, index, admittedOn, dueOn }) => ({ id, index, admittedOn, dueOn })),
  };
}
