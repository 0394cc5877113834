/**
 * The year a target is to be reached by: "đến năm 2025", "vào năm 2030", "năm 2025, …",
 * "trong năm 2022", "đến 2025". Not a base year ("so với năm 2020", "so năm 2015"), a start
 * ("từ năm 2026", "kể từ năm 2021"), a price base ("giá so sánh năm 2010") or a period
 * ("giai đoạn 2021–2025", "nhiệm kỳ 2020–2025", "thời kỳ 2021–2030").
 *
 * @module
 */
import { phraseText } from './target-phrases.js';
import type { TargetToken } from './tokenize-target.js';

/** Words that, within three words before a year, make it something other than a deadline. */
const NOT_A_DEADLINE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'so',
  'với',
  'sánh',
  'từ',
  'đoạn',
  'kỳ',
  'khóa',
  'khoá',
  'hiện',
]);

/** Words before a bare four-digit year ("đến 2025") that make it a deadline. */
const BARE_YEAR_LEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(['đến', 'tới', 'vào']);

/** Words that may follow a bare year ("đến 2025 đạt 40%", "đến 2025, …"), where a unit cannot. */
const AFTER_BARE_YEAR: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'đạt',
  'có',
  'phấn',
  'tăng',
  'giảm',
  'là',
  'toàn',
  'trên',
  'dưới',
  'khoảng',
  'ít',
  'tối',
  'chiếm',
]);

function isBareYear(tokens: readonly TargetToken[], i: number): boolean {
  const token = tokens[i] as TargetToken;
  if (token.kind !== 'number' || !/^20\d\d$/.test(token.text)) return false;
  const next = tokens[i + 1];
  return (
    BARE_YEAR_LEADS.has(phraseText(tokens[i - 1]) ?? '') &&
    (next === undefined || next.kind === 'stop' || AFTER_BARE_YEAR.has(phraseText(next) ?? ''))
  );
}

/**
 * Mark bare years after "đến", "tới" or "vào" ("đến 2025,", "đến 2025 đạt 40%"): such a
 * number is not a figure.
 *
 * @internal
 */
export function markBareYears(tokens: readonly TargetToken[], years: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) if (isBareYear(tokens, i)) years[i] = true;
}

/**
 * The latest year among tokens [from, to) that reads as a deadline, or `null`.
 *
 * @internal
 */
export function deadlineYear(
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  from: number,
  to: number,
): number | null {
  let latest: number | null = null;
  for (let i = from; i < to; i++) {
    if (years[i] !== true) continue;
    let deadline = true;
    for (let k = Math.max(0, i - 3); k < i && deadline; k++) {
      deadline = !NOT_A_DEADLINE.has(phraseText(tokens[k]) ?? '');
    }
    const year = Number((tokens[i] as TargetToken).text);
    if (deadline && (latest === null || year > latest)) latest = year;
  }
  return latest;
}
