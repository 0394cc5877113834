/**
 * What the words of a subject say about its quantity, as data: a rate ("tỷ lệ", "tỷ
 * trọng": its "%" changes are in percentage points), a quantity ("thu ngân sách", "giá
 * trị", "số doanh nghiệp": its "%" changes are in percent of the baseline), a growth rate
 * ("tốc độ tăng trưởng": a level in percent), or words that leave it open ("chỉ số").
 *
 * @module
 */
import { phraseText } from './target-phrases.js';
import type { TargetToken } from './tokenize-target.js';

/**
 * The kind of quantity a subject names:
 *
 * - `rate`: a percentage of something (tỷ lệ, tỷ trọng, độ che phủ, hộ nghèo);
 * - `quantity`: an amount or a count (thu ngân sách, giá trị, số xã, GRDP);
 * - `growth`: a growth rate (tốc độ tăng trưởng, tăng trưởng kinh tế);
 * - `open`: words that could be either ("chỉ số"), which stop the search.
 *
 * @internal
 */
export type SubjectMeasure = 'rate' | 'quantity' | 'growth' | 'open';

const RATE = [
  'tỷ lệ',
  'tỉ lệ',
  'tỷ trọng',
  'tỉ trọng',
  'tỷ suất',
  'tỉ suất',
  'độ che phủ',
  'che phủ rừng',
  'lãi suất',
  'hộ nghèo',
  'hộ cận nghèo',
  'hộ tái nghèo',
];

const QUANTITY = [
  'thu ngân sách',
  'thu nsnn',
  'thu nội địa',
  'thu cân đối',
  'tổng thu',
  'chi ngân sách',
  'ngân sách',
  'giá trị',
  'kim ngạch',
  'doanh thu',
  'tổng mức',
  'vốn',
  'sản lượng',
  'năng suất',
  'thu nhập',
  'tổng sản phẩm',
  'grdp',
  'gdp',
  'grdp',
  'số',
  'tổng số',
  'doanh nghiệp',
  'lượt khách',
  'khách du lịch',
  'du khách',
  'xuất khẩu',
  'nhập khẩu',
  'chỉ số sản xuất',
  'quy mô',
  'dân số',
  'diện tích',
  'tổng đàn',
  'công nghiệp',
  'dịch vụ',
  'nông nghiệp',
  'lâm nghiệp',
  'thủy sản',
  'thuỷ sản',
  'xây dựng',
  'thuế sản phẩm',
  'huy động',
];

const GROWTH = ['tốc độ tăng', 'tăng trưởng', 'tốc độ phát triển'];

const OPEN = ['chỉ số'];

/** Phrases that hold a listed word but decide nothing ("dân tộc thiểu số": not "số …"). */
const NEUTRAL = ['thiểu số', 'đa số', 'phần lớn số'];

/** Phrases by their first word, longest first. */
const byFirstWord: ReadonlyMap<
  string,
  readonly (readonly [readonly string[], SubjectMeasure | 'neutral'])[]
> = /* @__PURE__ */ (() => {
  const index = new Map<string, [readonly string[], SubjectMeasure | 'neutral'][]>();
  const add = (list: readonly string[], measure: SubjectMeasure | 'neutral'): void => {
    for (const phrase of list) {
      const words = phrase.split(' ');
      const first = words[0] as string;
      const entries = index.get(first) ?? [];
      entries.push([words, measure]);
      entries.sort((a, b) => b[0].length - a[0].length);
      index.set(first, entries);
    }
  };
  add(RATE, 'rate');
  add(QUANTITY, 'quantity');
  add(GROWTH, 'growth');
  add(OPEN, 'open');
  add(NEUTRAL, 'neutral');
  return index;
})();

/**
 * The measure named by the first known phrase in tokens [from, to), or `null` when no
 * phrase is known. The head noun comes first in Vietnamese ("tỷ lệ … thu ngân sách" is a
 * rate), so the first phrase found decides.
 *
 * @internal
 */
export function subjectMeasure(
  tokens: readonly TargetToken[],
  from: number,
  to: number,
): SubjectMeasure | null {
  for (let i = from; i < to; i++) {
    const found = phraseAt(tokens, i, to);
    if (found === null) continue;
    if (found.measure !== 'neutral') return found.measure;
    i += found.length - 1;
  }
  return null;
}

/** The longest known phrase starting at `i` (ending before `to`), or null. */
function phraseAt(
  tokens: readonly TargetToken[],
  i: number,
  to: number,
): { readonly measure: SubjectMeasure | 'neutral'; readonly length: number } | null {
  const candidates = byFirstWord.get(phraseText(tokens[i]) ?? '');
  if (candidates === undefined) return null;
  for (const [words, measure] of candidates) {
    if (i + words.length > to) continue;
    let matches = true;
    for (let k = 1; k < words.length && matches; k++) {
      matches = phraseText(tokens[i + k]) === words[k];
    }
    if (matches) return { measure, length: words.length };
  }
  return null;
}
