import { chitieuError } from '../errors.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { checkPeriod } from './check-period.js';
import type { Period } from './period-schema.js';
import { QUARTER_NUMERALS } from './quarter-numerals.js';

/**
 * Options of {@link periodLabel}.
 *
 * @category Periods
 */
export interface PeriodLabelOptions {
  /**
   * Name the calendar year (default `true`). With `false` the label suits a heading that
   * already names the year: "6 tháng cuối năm", "quý III", "tháng 3", "cả năm". A stage or
   * term is named by its years, so it keeps them.
   */
  readonly withYear?: boolean;
}

/** The options periodLabel knows: any other key is refused (a misspelling would be ignored). */
const PERIOD_LABEL_OPTIONS: readonly string[] = ['withYear'];

/**
 * The Vietnamese name of a period, as reports write it: "năm 2021", "6 tháng đầu năm
 * 2020", "quý III năm 2021" (Roman numerals), "tháng 3 năm 2021", "9 tháng đầu năm 2022",
 * "giai đoạn 2021–2025", "nhiệm kỳ 2020–2025" (with an en dash). Lower case, to sit inside
 * a sentence. {@link parsePeriodLabel} reads every label back.
 *
 * @category Periods
 * @param period - the period
 * @param opts - `withYear: false` leaves the calendar year out
 * @returns the label
 * @throws {@link ChitieuError} `invalid-period` when `period` is malformed, `invalid-argument`
 * for a `withYear` that is not a boolean
 * @example
 * ```ts
 * periodLabel({ kind: 'year', year: 2021 });
 * //=> 'năm 2021'
 * periodLabel({ kind: 'half', year: 2020, half: 1 });
 * //=> '6 tháng đầu năm 2020'
 * periodLabel({ kind: 'half', year: 2020, half: 2 }, { withYear: false });
 * //=> '6 tháng cuối năm'
 * periodLabel({ kind: 'quarter', year: 2021, quarter: 3 });
 * //=> 'quý III năm 2021'
 * periodLabel({ kind: 'month', year: 2021, month: 3 });
 * //=> 'tháng 3 năm 2021'
 * periodLabel({ kind: 'nine-months', year: 2022 });
 * //=> '9 tháng đầu năm 2022'
 * periodLabel({ kind: 'stage', startYear: 2021, endYear: 2025 });
 * //=> 'giai đoạn 2021–2025'
 * periodLabel({ kind: 'term', startYear: 2020, endYear: 2025 });
 * //=> 'nhiệm kỳ 2020–2025'
 * ```
 */
export function periodLabel(period: Period, opts: PeriodLabelOptions = {}): string {
  checkOptionKeys(opts, PERIOD_LABEL_OPTIONS, ['opts']);
  const p = checkPeriod(period);
  if (typeof opts !== 'object' || opts === null) {
    throw chitieuError('invalid-argument', 'an options object or nothing', {
      received: opts,
      path: ['opts'],
    });
  }
  const withYear = opts.withYear ?? true;
  if (typeof withYear !== 'boolean') {
    throw chitieuError('invalid-argument', 'withYear to be true or false', {
      received: withYear,
      path: ['opts', 'withYear'],
    });
  }
  const ofYear = (year: number): string => (withYear ? ` năm ${year}` : '');
  switch (p.kind) {
    case 'year':
      return withYear ? `năm ${p.year}` : 'cả năm';
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm${withYear ? ` ${p.year}` : ''}`;
    case 'quarter':
      return `quý ${QUARTER_NUMERALS[p.quarter - 1]}${ofYear(p.year)}`;
    case 'month':
      return `tháng ${p.month}${ofYear(p.year)}`;
    case 'nine-months':
      return `9 tháng đầu năm${withYear ? ` ${p.year}` : ''}`;
    case 'stage':
      return `giai đoạn ${p.startYear}–${p.endYear}`;
    case 'term':
      return `nhiệm kỳ ${p.startYear}–${p.endYear}`;
  }
}
