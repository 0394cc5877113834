import { chitieuError } from '../errors.js';
import { periodLabel } from '../period/period-label.js';
import { type PlanGroup, planGroupLabels, planGroups } from '../plan/plan-group.js';
import type { PlanItemResult, PlanResult } from '../plan/plan-result-schema.js';
import {
  type DescribeAttainmentOptions,
  describeAttainment,
  plainLabel,
} from './describe-attainment.js';
import { describeScorecard } from './describe-scorecard.js';

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
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function itemLabel(r: PlanItemResult): string {
  const name = plainLabel(r.item.label ?? r.item.indicator.name);
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
}

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
 * @param opts - layout options and those of {@link describeAttainment}
 * @returns the lines of the report
 * @throws {@link ChitieuError} `invalid-argument` for a malformed result or options
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
 * ```
 */
export function describePlanReport(
  result: PlanResult,
  opts: DescribePlanReportOptions = {},
): readonly string[] {
  if (
    typeof result !== 'object' ||
    result === null ||
    typeof result.plan !== 'object' ||
    result.plan === null ||
    !Array.isArray(result.items)
  ) {
    throw chitieuError('invalid-argument', 'a plan result, as evaluatePlan returns it', {
      received: result,
      path: ['result'],
    });
  }
  const bullet = opts.bullet ?? '- ';
  if (typeof bullet !== 'string') {
    throw chitieuError('invalid-argument', 'a string for bullet', {
      received: bullet,
      path: ['opts', 'bullet'],
    });
  }
  const { plan } = result;
  const period = periodLabel(plan.period);
  const lines: string[] = [`${plan.title} — ${plan.issuer}, ${period}`];

  const published = plan.published;
  if (published !== undefined) {
    const sentence = describeScorecard(published, {
      ...(published.order === undefined ? {} : { order: published.order }),
      ...(published.noun === undefined ? {} : { noun: published.noun }),
      ...(published.qualifier === undefined ? {} : { qualifier: published.qualifier }),
    });
    lines.push(`Theo báo cáo, ${period} có ${sentence}.`);
  }

  const shortfalls =
    opts.listShortfalls === false
      ? undefined
      : result.items.filter((r) => r.status === 'not-met').map(itemLabel);
  const computed = describeScorecard(result.scorecard, {
    ...(opts.order === undefined ? {} : { order: opts.order }),
    ...(opts.qualifier === undefined ? {} : { qualifier: opts.qualifier }),
    ...(opts.notMetWord === undefined ? {} : { notMetWord: opts.notMetWord }),
    ...(shortfalls === undefined ? {} : { shortfalls }),
  });
  const has = result.scorecard.total === 0 ? '' : 'có ';
  lines.push(
    published === undefined
      ? `${upperFirst(period)} ${has}${computed}.`
      : `Tính từ số liệu từng chỉ tiêu dưới đây: ${computed}.`,
  );

  const line = (r: PlanItemResult): string =>
    `${bullet}${upperFirst(describeAttainment(r, opts))}.`;
  if (opts.groupHeadings === true) {
    const groupOf = (r: PlanItemResult): PlanGroup | undefined =>
      r.item.group ?? r.item.indicator.group;
    for (const group of planGroups) {
      const members = result.items.filter((r) => groupOf(r) === group);
      if (members.length === 0) continue;
      lines.push(`${planGroupLabels[group]}:`);
      for (const r of members) lines.push(line(r));
    }
    const rest = result.items.filter((r) => groupOf(r) === undefined);
    if (rest.length > 0) {
      lines.push('Chỉ tiêu khác:');
      for (const r of rest) lines.push(line(r));
    }
  } else {
    for (const r of result.items) lines.push(line(r));
  }
  return lines;
}
