import { change } from '../attainment/change.js';
import type { ErrorPath } from '../errors.js';
import { checkPeriod, freezePeriod } from '../period/check-period.js';
import type { Period } from '../period/period-schema.js';
import { samePeriodLastYear } from '../period/same-period-last-year.js';
import { checkCount, checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { InspectionFigures, InspectionTally } from './inspection-tally-schema.js';

/**
 * Options for {@link inspectionTally}.
 *
 * @category Party
 */
export interface InspectionTallyOptions {
  /** The period of the figures (năm 2021). */
  readonly period?: Period;
  /** The figures of the period compared with. */
  readonly previous?: InspectionFigures;
  /** That period; the same period a year earlier unless given. */
  readonly previousPeriod?: Period;
}

function checkPair(value: unknown, path: ErrorPath): { organisations: number; members: number } {
  const pair = checkRecord(value, 'counts of organisations and members', path);
  return {
    organisations: checkCount(pair.organisations, [...path, 'organisations']),
    members: checkCount(pair.members, [...path, 'members']),
  };
}

function checkFigures(value: unknown, path: ErrorPath): InspectionFigures {
  const figures = checkRecord(
    value,
    'inspection figures ({ inspected: { organisations, members }, disciplined: { organisations, members } })',
    path,
  );
  return {
    inspected: checkPair(figures.inspected, [...path, 'inspected']),
    disciplined: checkPair(figures.disciplined, [...path, 'disciplined']),
  };
}

/** The options inspectionTally knows: any other key is refused (a misspelling would be ignored). */
const INSPECTION_TALLY_OPTIONS: readonly string[] = ['period', 'previous', 'previousPeriod'];

/**
 * Tally a period's party inspections and discipline (kiểm tra, thi hành kỷ luật đảng), with
 * the year-on-year change of each count when the previous period's figures are given.
 * Describe it with {@link describeInspections}.
 *
 * @category Party
 * @param current - this period's figures
 * @param options - the period, and the previous figures and period
 * @returns the figures, the periods and the change of each count
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a count that is negative or not whole
 * (path `['current', 'inspected', 'members']`, …), `invalid-period` for a bad period
 * @example
 * ```ts
 * const t = inspectionTally(
 *   { inspected: { organisations: 222, members: 39 }, disciplined: { organisations: 1, members: 98 } },
 *   {
 *     period: { kind: 'year', year: 2021 },
 *     previous: { inspected: { organisations: 200, members: 45 }, disciplined: { organisations: 1, members: 90 } },
 *   },
 * );
 * t.change?.inspected.organisations.absolute.toString();
 * //=> '22'
 * t.change?.inspected.members.direction;
 * //=> 'decrease'
 * t.previousPeriod;
 * //=> { kind: 'year', year: 2020 }
 * ```
 */
export function inspectionTally(
  current: InspectionFigures,
  options: InspectionTallyOptions = {},
): InspectionTally {
  checkOptionKeys(options, INSPECTION_TALLY_OPTIONS);
  const now = checkFigures(current, ['current']);
  checkRecord(options, 'an options object', ['options']);
  const period =
    options.period === undefined
      ? null
      : freezePeriod(checkPeriod(options.period, ['options', 'period']));
  const previous =
    options.previous === undefined ? null : checkFigures(options.previous, ['options', 'previous']);
  let previousPeriod: Period | null = null;
  if (options.previousPeriod !== undefined) {
    previousPeriod = freezePeriod(
      checkPeriod(options.previousPeriod, ['options', 'previousPeriod']),
    );
  } else if (previous !== null && period !== null) {
    previousPeriod = samePeriodLastYear(period);
  }
  const count = { measure: 'count' } as const;
  return {
    current: now,
    period,
    previous,
    previousPeriod,
    change:
      previous === null
        ? null
        : {
            inspected: {
              organisations: change(
                now.inspected.organisations,
                previous.inspected.organisations,
                count,
              ),
              members: change(now.inspected.members, previous.inspected.members, count),
            },
            disciplined: {
              organisations: change(
                now.disciplined.organisations,
                previous.disciplined.organisations,
                count,
              ),
              members: change(now.disciplined.members, previous.disciplined.members, count),
            },
          },
  };
}
