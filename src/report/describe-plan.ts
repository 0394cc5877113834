import { chitieuError, isChitieuError } from '../errors.js';
import { periodLabel } from '../period/period-label.js';
import { type PlanGroup, planGroupLabels, planGroups } from '../plan/plan-group.js';
import type { PlanItemResult, PlanResult } from '../plan/plan-result-schema.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { rebaseError } from '../validation/rebase-error.js';
import {
  type DescribeAttainmentOptions,
  fromResult,
  itemSentence,
  plainLabel,
  readAttainmentOptions,
} from './describe-attainment.js';
import { describeScorecard } from './describe-scorecard.js';
import { readPlanResult } from './read-results.js';
import { flagOption, readOptions } from './report-options.js';

/**
 * Options of {@link describePlanReport}: those of {@link describeAttainment} for the item
 * lines, plus the layout.
 *
 * @category Report
 */
export interface DescribePlanReportOptions extends DescribeAttainmentOptions {
  /** Put the items under a heading per group (Kinh tế, Văn hóa - xã hội, …); false unless given. */
  readonly groupHeadings?: boolean;
  /** Prefix of each item line; `'- '` unless given. */
  readonly bullet?: string;
  /** Name the items short of plan after the scorecard; true unless given. */
  readonly listShortfalls?: boolean;
  /** `'met-first'` ("đạt và vượt", default) or `'exceeded-first'` ("vượt và đạt"). */
  readonly order?: 'met-first' | 'exceeded-first';
  /** Words after "chỉ tiêu" in the computed scorecard sentence ("kinh tế - xã hội"). */
  readonly qualifier?: string;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function itemLabel(r: PlanItemResult): string {
  const name = plainLabel(r.item.label ?? r.item.indicator.name);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

/** The options describePlanReport knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_PLAN_REPORT_OPTIONS: readonly string[] = [
  'bullet',
  'decimals',
  'groupHeadings',
  'listShortfalls',
  'notMetWord',
  'order',
  'planWord',
  'pointsWord',
  'qualifier',
  'rounding',
  'verb',
];

/**
 * Write the report of an evaluated plan in Vietnamese, one line per entry:
 *
 * 1. the heading: the plan's title, issuer and period ("… — Huyện ủy Hương Khê, năm 2021");
 * 2. the published scorecard, stated as published, when the plan carries one ("Theo báo
 *    cáo, năm 2021 có 32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch.");
 * 3. the scorecard computed from the items ("Năm 2021 có 3/4 chỉ tiêu đạt và vượt kế
 *    hoạch; 1 chỉ tiêu chưa đạt: …"), introduced as computed when a published one precedes it;
 * 4. one sentence per item ({@link describeAttainment}), optionally under group headings.
 *
 * Join the lines with "\n" to print them.
 *
 * @category Report
 * @param result - the {@link PlanResult} of {@link evaluatePlan}
 * @param options - layout options and those of {@link describeAttainment}
 * @returns the lines of the report
 * @throws {@link ChitieuError} `invalid-argument` for a malformed result (path `['result']`;
 * read one loaded back from JSON with parsePlanResult of `chitieu/schemas` first) or bad
 * options (path `['options', …]`)
 * @example
 * ```ts
 * const plan = parsePlan({
 *   id: 'hk-2021', title: 'Kết quả thực hiện nhiệm vụ', issuer: 'Huyện ủy Hương Khê',
 *   period: { kind: 'year', year: 2021 },
 *   items: [
 *     { id: 'admissions', indicator: 'party-admissions', label: 'kết nạp đảng viên mới', target: 'trên 150 đảng viên', actual: 169, baseline: 48, baselineLabel: 'năm 2020' },
 *     { id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng' },
 *   ],
 * });
 * describePlanReport(evaluatePlan(plan), { planWord: 'kế hoạch năm' });
 * //=> ['Kết quả thực hiện nhiệm vụ — Huyện ủy Hương Khê, năm 2021', 'Năm 2021 có 1/2 chỉ tiêu đạt và vượt kế hoạch; 1 chỉ tiêu chưa có số liệu.', '- Kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch năm.', '- Thu ngân sách trên địa bàn: chưa có số liệu (chỉ tiêu: đạt 72 tỷ đồng).']
 * const stored = JSON.parse(JSON.stringify(evaluatePlan(plan)));
 * describePlanReport(parsePlanResult(stored))[2];
 * //=> '- Kết nạp 169 đảng viên mới, tăng 121 đảng viên so với năm 2020, đạt 112,6% kế hoạch.'
 * describePlanReport({ plan: {}, items: [] });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function describePlanReport(
  result: PlanResult,
  options: DescribePlanReportOptions = {},
): readonly string[] {
  checkOptionKeys(options, DESCRIBE_PLAN_REPORT_OPTIONS);
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw chitieuError('invalid-argument', 'a plan result, as evaluatePlan returns it', {
      received: result,
      path: ['result'],
    });
  }
  const o = readOptions(options);
  const wording = readAttainmentOptions(o);
  const bullet = o.bullet ?? '- ';
  if (typeof bullet !== 'string') {
    throw chitieuError('invalid-argument', 'a string for bullet', {
      received: bullet,
      path: ['options', 'bullet'],
    });
  }
  const groupHeadings = flagOption(o, 'groupHeadings') ?? false;
  const listShortfalls = flagOption(o, 'listShortfalls') ?? true;
  const r = readPlanResult(result, ['result']);
  const { plan } = r;
  const period = periodLabel(plan.period);
  const lines: string[] = [`${plan.title} — ${plan.issuer}, ${period}`];

  const published = plan.published;
  if (published !== undefined) {
    let sentence: string;
    try {
      sentence = describeScorecard(published, {
        ...(published.order === undefined ? {} : { order: published.order }),
        ...(published.noun === undefined ? {} : { noun: published.noun }),
        ...(published.qualifier === undefined ? {} : { qualifier: published.qualifier }),
      });
    } catch (error) {
      // "card.total" and "options.noun" are both fields of the published scorecard here.
      throw rebaseError(error, 1, ['result', 'plan', 'published']);
    }
    lines.push(`Theo báo cáo, ${period} có ${sentence}.`);
  }

  const notMet = r.items.filter((item) => item.status === 'not-met');
  if (notMet.length !== r.scorecard.notMet) {
    throw chitieuError(
      'invalid-argument',
      `the count of items not met (${notMet.length}) in the scorecard`,
      { received: r.scorecard.notMet, path: ['result', 'scorecard', 'notMet'] },
    );
  }
  let computed: string;
  try {
    computed = describeScorecard(r.scorecard, {
      ...(o.order === undefined ? {} : { order: o.order as 'met-first' | 'exceeded-first' }),
      ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier as string }),
      notMetWord: wording.notMetWord,
      ...(listShortfalls ? { shortfalls: notMet.map(itemLabel) } : {}),
    });
  } catch (error) {
    // A bad count is the scorecard's ("card.total"); a bad option stays the caller's.
    throw isChitieuError(error) && error.path[0] === 'card'
      ? rebaseError(error, 1, ['result', 'scorecard'])
      : error;
  }
  const has = r.scorecard.total === 0 ? '' : 'có ';
  lines.push(
    published === undefined
      ? `${upperFirst(period)} ${has}${computed}.`
      : `Tính từ số liệu từng chỉ tiêu dưới đây: ${computed}.`,
  );

  const line = (item: PlanItemResult): string =>
    `${bullet}${upperFirst(itemSentence(fromResult(item), wording))}.`;
  if (groupHeadings) {
    const groupOf = (item: PlanItemResult): PlanGroup | undefined =>
      item.item.group ?? item.item.indicator.group;
    for (const group of planGroups) {
      const members = r.items.filter((item) => groupOf(item) === group);
      if (members.length === 0) continue;
      lines.push(`${planGroupLabels[group]}:`);
      for (const item of members) lines.push(line(item));
    }
    const rest = r.items.filter((item) => groupOf(item) === undefined);
    if (rest.length > 0) {
      lines.push('Chỉ tiêu khác:');
      for (const item of rest) lines.push(line(item));
    }
  } else {
    for (const item of r.items) lines.push(line(item));
  }
  return lines;
}
