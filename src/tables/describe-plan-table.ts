import { checkArray, checkCount, checkRecord } from '../validation/check-argument.js';
import type {
  PlanTableEvaluation,
  PlanTableRowEvaluation,
  PlanTableSummary,
  TableStatus,
} from './evaluate-plan-table.js';

/** The counts the description prints. */
const COUNTS = [
  'rows',
  'attained',
  'exceeded',
  'met',
  'notMet',
  'unchecked',
  'printed',
  'compared',
  'agreements',
  'conventions',
  'inconsistencies',
  'percentsChecked',
  'percentsUnreproducible',
  'unreadableCells',
] as const satisfies readonly (keyof PlanTableSummary)[];

const STATUS_VI: Readonly<Record<TableStatus, string>> = {
  exceeded: 'vượt',
  met: 'đạt',
  'not-met': 'không đạt',
  unchecked: 'chưa xác định',
};

/**
 * Write the evaluation of a plan table in Vietnamese: how many rows are attained, not
 * attained and undecided, how the printed verdicts compare with the arithmetic (each
 * inconsistency named with its row and figures), how many printed percents do not
 * reconcile and how many cells could not be read.
 *
 * @category Plans
 * @param evaluation - what {@link evaluatePlanTable} returned
 * @returns the summary, one sentence a line
 * @throws {@link ChitieuError} `invalid-argument` when the evaluation is not one (path
 * `['evaluation', …]`)
 * @example
 * ```ts
 * const e = evaluatePlanTable([
 *   ['STT', 'Chỉ tiêu', 'ĐVT', 'KH 2019', 'TH 2019', 'Đánh giá'],
 *   ['1', 'Tỷ lệ thất nghiệp khu vực thành thị', '%', '< 7,6', '7,6', 'Đạt'],
 *   ['2', 'Chỉ số giá tiêu dùng (CPI)', '%', 'Khoảng 4', '2,79', 'Vượt'],
 * ]);
 * describePlanTable(e).split('\n')[0];
 * //=> 'Bảng có 2 chỉ tiêu: 1 đạt và vượt (vượt 1, đạt 0), 1 không đạt, 0 chưa xác định được.'
 * ```
 */
export function describePlanTable(evaluation: PlanTableEvaluation): string {
  const what = 'the result of evaluatePlanTable: { table, rows, summary }';
  const given = checkRecord(evaluation, what, ['evaluation']);
  const s = checkRecord(given.summary, what, [
    'evaluation',
    'summary',
  ]) as unknown as PlanTableSummary;
  const rows = checkArray(given.rows, what, [
    'evaluation',
    'rows',
  ]) as readonly PlanTableRowEvaluation[];
  for (const key of COUNTS) checkCount(s[key], ['evaluation', 'summary', key]);
  rows.forEach((r, i) => {
    checkRecord(r, what, ['evaluation', 'rows', i]);
  });
  const lines = [
    `Bảng có ${s.rows} chỉ tiêu: ${s.attained} đạt và vượt (vượt ${s.exceeded}, đạt ${s.met}), ${s.notMet} không đạt, ${s.unchecked} chưa xác định được.`,
  ];
  if (s.printed > 0) {
    lines.push(
      `Bảng ghi đánh giá cho ${s.printed} chỉ tiêu; so được với phép tính ${s.compared}: khớp ${s.agreements}, chỉ khác cách gọi đạt/vượt ${s.conventions}, mâu thuẫn ${s.inconsistencies}.`,
    );
  }
  for (const r of rows) {
    if (r.agreement !== 'inconsistent') continue;
    lines.push(
      `- Dòng ${r.index} "${r.label}": ${r.arithmetic ?? ''} là ${STATUS_VI[r.status]}, bảng ghi "${STATUS_VI[r.printedStatus ?? 'unchecked']}".`,
    );
  }
  if (s.percentsChecked > 0) {
    lines.push(
      `Tỷ lệ % in trên bảng: kiểm tra ${s.percentsChecked}, không tái lập được ${s.percentsUnreproducible}.`,
    );
  }
  if (s.unreadableCells > 0) lines.push(`Có ${s.unreadableCells} ô không đọc được.`);
  return lines.join('\n');
}
