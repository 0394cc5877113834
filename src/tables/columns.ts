import { foldCell, hasWords } from './table-text.js';

/**
 * What a column of a plan table holds:
 *
 * - `index`: the row's number (STT, TT): "I", "1", "1.1", "a", "-";
 * - `indicator`: the indicator's name (Chỉ tiêu, Nội dung);
 * - `unit`: its unit (ĐVT, Đơn vị tính);
 * - `plan`: the target (KH, Kế hoạch năm …, Nghị quyết, Mục tiêu);
 * - `result`: the result (TH, Thực hiện, Ước TH, Ước thực hiện);
 * - `previous`: last year's result or the same period last year (TH năm trước, Cùng kỳ);
 * - `percent`: the printed comparison (So sánh, TH so KH, (%));
 * - `verdict`: the printed verdict (Đánh giá, Kết quả) or notes (Ghi chú).
 *
 * @category Plans
 */
export type ColumnRole =
  | 'index'
  | 'indicator'
  | 'unit'
  | 'plan'
  | 'result'
  | 'previous'
  | 'percent'
  | 'verdict';

/** @internal Every {@link ColumnRole}, in the order tables print them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'index',
  'indicator',
  'unit',
  'plan',
  'result',
  'previous',
  'percent',
  'verdict',
];

const startsWithAny = (text: string, words: readonly string[]): boolean =>
  words.some((w) => text === w || (text.startsWith(w) && !/[\p{L}]/u.test(text[w.length] ?? '')));

const anyWords = (text: string, words: readonly string[]): boolean =>
  words.some((w) => hasWords(text, w));

/** Words of a result header ("Ước TH năm 2023", "Thực hiện", "Kết quả thực hiện"). */
const RESULT = [
  'th',
  'thực hiện',
  'ước th',
  'ước thực hiện',
  'ước đạt',
  'ước tính',
  'ước',
  'kết quả thực hiện',
  'kết quả đạt được',
  'tht',
  'ưth',
  'đạt được',
];
/** Words of a plan header ("KH năm 2023", "Kế hoạch", "Chỉ tiêu Nghị quyết"). */
const PLAN = [
  'kh',
  'kế hoạch',
  'nghị quyết',
  'nq',
  'mục tiêu',
  'chỉ tiêu kế hoạch',
  'chỉ tiêu nghị quyết',
  'chỉ tiêu nq',
  'chỉ tiêu kh',
  'chỉ tiêu giao',
  'chỉ tiêu năm',
  'chỉ tiêu đại hội',
  'mục tiêu đại hội',
  'chỉ tiêu nhiệm kỳ',
  'kh giao',
  'dự toán',
];

/**
 * @internal The role a header cell names, or null. `text` may join two header rows ("Năm
 * 2023 Ước TH"). Checked in an order that keeps "TH so KH" a percent, "TH năm trước" a
 * previous result and "Chỉ tiêu kế hoạch" a plan.
 */
export function classifyHeader(raw: string): ColumnRole | null {
  const text = foldCell(raw)
    .replace(/[.:*]+$/u, '')
    .trim();
  if (text === '') return null;
  if (/^(?:stt|tt|số tt|số thứ tự)$/u.test(text)) return 'index';
  if (startsWithAny(text, ['đvt', 'đơn vị tính', 'đơn vị', 'đv tính', 'đv'])) return 'unit';
  if (
    anyWords(text, [
      'so sánh',
      'so với',
      'th so kh',
      'tỷ lệ %',
      'tỷ lệ (%)',
      'tỷ lệ đạt',
      '% so',
      '% kh',
    ]) ||
    /^\(?%\)?$/u.test(text) ||
    /(?:^|\s)(?:th|ước th|thực hiện)\s*\/\s*(?:kh|cùng kỳ|năm trước)/u.test(text) ||
    /^\(?\d+\)?\s*=\s*\(?\d+\)?\s*\/\s*\(?\d+\)?/u.test(text)
  ) {
    return 'percent';
  }
  if (
    startsWithAny(text, [
      'đánh giá',
      'ghi chú',
      'kết quả',
      'mức độ hoàn thành',
      'tình hình thực hiện',
    ]) &&
    !anyWords(text, ['kết quả thực hiện', 'kết quả đạt được'])
  ) {
    return 'verdict';
  }
  if (anyWords(text, ['năm trước', 'cùng kỳ', 'kỳ trước', 'năm ngoái'])) return 'previous';
  if (startsWithAny(text, PLAN) || anyWords(text, ['kế hoạch', 'nghị quyết'])) return 'plan';
  if (startsWithAny(text, RESULT) || anyWords(text, ['thực hiện', 'ước th', 'ước đạt']))
    return 'result';
  if (
    startsWithAny(text, [
      'chỉ tiêu',
      'nội dung',
      'tên chỉ tiêu',
      'danh mục',
      'các chỉ tiêu',
      'hạng mục',
      'lĩnh vực',
    ])
  ) {
    return 'indicator';
  }
  return null;
}

/** @internal The four-digit years a header names ("Ước TH năm 2023" → [2023]). */
export function headerYears(raw: string): number[] {
  return [...raw.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/gu)].map((m) => Number(m[0]));
}
