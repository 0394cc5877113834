import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import {
  HOUSE_ROUNDING,
  type RoundingOptions,
  resolveRounding,
} from '../notation/house-rounding.js';
import { Decimal } from '../numeric/decimal.js';
import { periodLabel } from '../period/period-label.js';
import { checkRecord } from '../validation/check-argument.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import { type AdmissionsResult, admissionsResultSchema } from './admissions-schema.js';
import { type InspectionTally, inspectionTallySchema } from './inspection-tally-schema.js';
import { ratingLabels } from './rating-level.js';
import { type RatingShares, ratingSharesSchema } from './rating-shares-schema.js';

/**
 * How percentages are printed in party sentences: the house {@link RoundingOptions}
 * ({@link HOUSE_ROUNDING}: 1 decimal, truncated, unless given; pass
 * `{ rounding: 'half-up' }` to print as a province that rounds half-up does).
 *
 * @category Party
 */
export type PercentFormat = RoundingOptions;

/**
 * Options for {@link describeAdmissions}.
 *
 * @category Party
 */
export interface DescribeAdmissionsOptions extends PercentFormat {
  /**
   * The period compared with, as the sentence names it ("năm 2020"); the label of the
   * result's `previousPeriod` unless given, else "cùng kỳ năm trước".
   */
  readonly comparedWith?: string;
  /** The plan's name: "kế hoạch năm" for a year, "kế hoạch" otherwise, unless given. */
  readonly planWords?: string;
}

/** An optional phrase of an options object: a string when given. */
function optionalText(options: object, key: string): string | undefined {
  const value = (options as Record<string, unknown>)[key];
  if (value === undefined || typeof value === 'string') return value;
  throw chitieuError('invalid-argument', 'a Vietnamese phrase (a string)', {
    received: value,
    path: ['options', key],
  });
}

function count(n: number): string {
  return formatDecimalVi(new Decimal(n));
}

function percent(value: Decimal, format: PercentFormat): string {
  const r = resolveRounding(format, ['options'], HOUSE_ROUNDING.decimals);
  return `${formatDecimalVi(value, r)}%`;
}

/** The options describeAdmissions knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_ADMISSIONS_OPTIONS: readonly string[] = [
  'comparedWith',
  'decimals',
  'planWords',
  'rounding',
];

/**
 * Say a period's admissions the way a district report does: "kết nạp 169 đảng viên mới,
 * tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm". The change clause appears
 * when the previous period's number is known ("giảm …" for a fall, "bằng …" when
 * unchanged), the plan clause when there is a plan with a non-zero reference.
 *
 * @category Party
 * @param result - from {@link evaluateAdmissions}
 * @param options - decimals and rounding of the percent, the compared period's name, the
 *   plan's name
 * @returns the clause, lower case, without a final full stop
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed result (read through
 * `admissionsResultSchema`, so one back from JSON is fine; path `['result', …]`), bad
 * decimals, rounding or phrases
 * @example
 * ```ts
 * const r = evaluateAdmissions({ admitted: 169, plan: 150, previous: 48, period: { kind: 'year', year: 2021 } });
 * describeAdmissions(r);
 * //=> 'kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm'
 * describeAdmissions(evaluateAdmissions({ admitted: 40, previous: 48 }));
 * //=> 'kết nạp 40 đảng viên mới, giảm 8 đảng viên so với cùng kỳ năm trước'
 * ```
 */
export function describeAdmissions(
  result: AdmissionsResult,
  options: DescribeAdmissionsOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_ADMISSIONS_OPTIONS);
  // Results may come back from JSON or be hand-made: read them through their schema.
  const r = parseWithSchema(
    admissionsResultSchema,
    result,
    'invalid-argument',
    'an admissions result from evaluateAdmissions()',
    ['result'],
  );
  checkRecord(options, 'an options object', ['options']);
  const comparedWith = optionalText(options, 'comparedWith');
  const planWords = optionalText(options, 'planWords');
  let text = `kết nạp ${count(r.admitted)} đảng viên mới`;
  const c = r.change;
  if (c !== null) {
    const against =
      comparedWith ??
      (r.previousPeriod === null ? 'cùng kỳ năm trước' : periodLabel(r.previousPeriod));
    const size = formatDecimalVi(c.absolute.abs());
    text +=
      c.direction === 'increase'
        ? `, tăng ${size} đảng viên so với ${against}`
        : c.direction === 'decrease'
          ? `, giảm ${size} đảng viên so với ${against}`
          : `, bằng ${against}`;
  }
  const pct = r.attainment?.percentOfPlan ?? null;
  if (pct !== null) {
    const words = planWords ?? (r.period?.kind === 'year' ? 'kế hoạch năm' : 'kế hoạch');
    text += `, đạt ${percent(pct, options)} ${words}`;
  }
  return text;
}

/**
 * Options for {@link describeRatingShares}.
 *
 * @category Party
 */
export interface DescribeRatingSharesOptions extends PercentFormat {
  /** What was rated: "tổ chức cơ sở đảng" unless given ("đảng viên", "chi bộ"). */
  readonly subject?: string;
  /** Quote marks around the level's name: `'straight'` ('…', the default) or `'curly'` (“…”). */
  readonly quotes?: 'straight' | 'curly';
}

/** The options describeRatingShares knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_RATING_SHARES_OPTIONS: readonly string[] = [
  'decimals',
  'quotes',
  'rounding',
  'subject',
];

/**
 * Say the share rated "Hoàn thành tốt nhiệm vụ" or better: "có 85,1% tổ chức cơ sở đảng
 * được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên". With nothing rated: "không có tổ chức
 * cơ sở đảng nào được xếp loại".
 *
 * @category Party
 * @param shares - from {@link ratingShares}
 * @param options - decimals, rounding, subject and quote marks
 * @returns the clause, lower case, without a final full stop
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for malformed shares (read through
 * `ratingSharesSchema`; path `['shares', …]`), bad decimals, rounding, subject or quotes
 * @example
 * ```ts
 * const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });
 * describeRatingShares(shares);
 * //=> "có 85,1% tổ chức cơ sở đảng được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên"
 * describeRatingShares(shares, { subject: 'đảng viên', quotes: 'curly', decimals: 2, rounding: 'half-up' });
 * //=> 'có 85,19% đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên'
 * ```
 */
export function describeRatingShares(
  shares: RatingShares,
  options: DescribeRatingSharesOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_RATING_SHARES_OPTIONS);
  const parsed = parseWithSchema(
    ratingSharesSchema,
    shares,
    'invalid-argument',
    'rating shares from ratingShares()',
    ['shares'],
  );
  checkRecord(options, 'an options object', ['options']);
  const subject = optionalText(options, 'subject') ?? 'tổ chức cơ sở đảng';
  const quotes = options.quotes ?? 'straight';
  if (quotes !== 'straight' && quotes !== 'curly') {
    throw chitieuError('invalid-argument', "quote marks 'straight' or 'curly'", {
      received: quotes,
      path: ['options', 'quotes'],
    });
  }
  const pct = parsed.goodOrBetter.percent;
  if (pct === null) return `không có ${subject} nào được xếp loại`;
  const [open, close] = quotes === 'curly' ? ['“', '”'] : ["'", "'"];
  return `có ${percent(pct, options)} ${subject} được xếp loại ${open}${ratingLabels.good}${close} trở lên`;
}

/**
 * Say a period's inspection and discipline figures: "kiểm tra 222 lượt tổ chức đảng, 39
 * đảng viên; thi hành kỷ luật 1 tổ chức đảng và 98 đảng viên".
 *
 * @category Party
 * @param tally - from {@link inspectionTally}
 * @returns the clause, lower case, without a final full stop
 * @throws {@link "chitieu"!ChitieuError} `invalid-argument` for a malformed tally (read through
 * `inspectionTallySchema`; path `['tally', …]`)
 * @example
 * ```ts
 * const t = inspectionTally({ inspected: { organisations: 222, members: 39 }, disciplined: { organisations: 1, members: 98 } });
 * describeInspections(t);
 * //=> 'kiểm tra 222 lượt tổ chức đảng, 39 đảng viên; thi hành kỷ luật 1 tổ chức đảng và 98 đảng viên'
 * ```
 */
export function describeInspections(tally: InspectionTally): string {
  const { inspected, disciplined } = parseWithSchema(
    inspectionTallySchema,
    tally,
    'invalid-argument',
    'an inspection tally from inspectionTally()',
    ['tally'],
  ).current;
  return `kiểm tra ${count(inspected.organisations)} lượt tổ chức đảng, ${count(
    inspected.members,
  )} đảng viên; thi hành kỷ luật ${count(disciplined.organisations)} tổ chức đảng và ${count(
    disciplined.members,
  )} đảng viên`;
}
