/**
 * The Vietnamese words {@link parseTarget} recognises around a figure, as data: qualifiers
 * ("trên", "không quá"), change and level markers ("tăng thêm", "giảm xuống còn"), per-year
 * markers ("bình quân mỗi năm") and the words that end a unit. Matching is on whole tokens,
 * a bounded number of phrases of at most four words, so it is constant work per position.
 *
 * @module
 */
import type { TargetToken } from './tokenize-target.js';

/**
 * What the qualifier written directly before a figure means. `from` is "từ": a range start
 * ("từ 3 đến 4%"), or "from … up" ("từ 150 trở lên", and alone "từ 150").
 *
 * @internal
 */
export type Qualifier =
  | { readonly kind: 'at-least'; readonly strict: boolean }
  | { readonly kind: 'at-most'; readonly strict: boolean }
  | { readonly kind: 'exact' }
  | { readonly kind: 'approximately' }
  | { readonly kind: 'from' };

/**
 * What a verb before the qualifier means: a `change` ("tăng", "giảm", "có thêm") or the
 * `level` to reach ("giảm xuống", "tăng lên", "còn"), which leaves the target a level.
 *
 * @internal
 */
export type Marker =
  | { readonly kind: 'change'; readonly direction: 'increase' | 'decrease' }
  | { readonly kind: 'level' };

/** A phrase (its lower-cased words or signs) and what it means. */
interface Phrase<T> {
  readonly words: readonly string[];
  readonly meaning: T;
}

/** Phrases indexed by their last word, longest first, for matching backwards. */
type PhraseIndex<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

function indexByLastWord<T>(phrases: readonly (readonly [string, T])[]): PhraseIndex<T> {
  const index = new Map<string, Phrase<T>[]>();
  for (const [text, meaning] of phrases) {
    const words = text.split(' ');
    const last = words[words.length - 1] as string;
    const list = index.get(last) ?? [];
    list.push({ words, meaning });
    list.sort((a, b) => b.words.length - a.words.length);
    index.set(last, list);
  }
  return index;
}

const atLeast = (strict: boolean): Qualifier => ({ kind: 'at-least', strict });
const atMost = (strict: boolean): Qualifier => ({ kind: 'at-most', strict });
const EXACT: Qualifier = { kind: 'exact' };
const APPROXIMATELY: Qualifier = { kind: 'approximately' };
/**
 * "ở mức": exact, like "đạt", but it leaves a verb in front of the subject its meaning
 * ("tăng giá trị sản xuất … ở mức 5–5,5%" is a change).
 *
 * @internal
 */
export const AT_LEVEL: Qualifier = { kind: 'exact' };

/** @internal The qualifiers, written directly before the figure. */
export const qualifiers: PhraseIndex<Qualifier> = /* @__PURE__ */ indexByLastWord<Qualifier>([
  ['trên', atLeast(true)],
  ['hơn', atLeast(true)],
  ['vượt', atLeast(true)],
  ['vượt trên', atLeast(true)],
  ['nhiều hơn', atLeast(true)],
  ['cao hơn', atLeast(true)],
  ['lớn hơn', atLeast(true)],
  ['>', atLeast(true)],
  ['ít nhất', atLeast(false)],
  ['tối thiểu', atLeast(false)],
  ['không dưới', atLeast(false)],
  ['không ít hơn', atLeast(false)],
  ['không thấp hơn', atLeast(false)],
  ['không nhỏ hơn', atLeast(false)],
  ['≥', atLeast(false)],
  ['dưới', atMost(true)],
  ['ít hơn', atMost(true)],
  ['thấp hơn', atMost(true)],
  ['nhỏ hơn', atMost(true)],
  ['<', atMost(true)],
  ['không quá', atMost(false)],
  ['không vượt quá', atMost(false)],
  ['tối đa', atMost(false)],
  ['nhiều nhất', atMost(false)],
  ['không hơn', atMost(false)],
  ['không trên', atMost(false)],
  ['không cao hơn', atMost(false)],
  ['không lớn hơn', atMost(false)],
  ['không nhiều hơn', atMost(false)],
  ['≤', atMost(false)],
  ['khoảng', APPROXIMATELY],
  ['khoảng chừng', APPROXIMATELY],
  ['chừng', APPROXIMATELY],
  ['xấp xỉ', APPROXIMATELY],
  ['gần', APPROXIMATELY],
  ['trên dưới', APPROXIMATELY],
  ['≈', APPROXIMATELY],
  ['đạt', EXACT],
  ['đạt mức', EXACT],
  ['ở mức', AT_LEVEL],
  ['=', EXACT],
  ['từ', { kind: 'from' }],
]);

const INCREASE: Marker = { kind: 'change', direction: 'increase' };
const DECREASE: Marker = { kind: 'change', direction: 'decrease' };
const LEVEL: Marker = { kind: 'level' };

/** @internal The change and level markers, written before the qualifier. */
export const markers: PhraseIndex<Marker> = /* @__PURE__ */ indexByLastWord<Marker>([
  ['tăng', INCREASE],
  ['tăng thêm', INCREASE],
  ['có thêm', INCREASE],
  ['thêm', INCREASE],
  ['giảm', DECREASE],
  ['giảm thêm', DECREASE],
  ['giảm bớt', DECREASE],
  ['tăng lên', LEVEL],
  ['nâng lên', LEVEL],
  ['lên', LEVEL],
  ['giảm xuống', LEVEL],
  ['hạ xuống', LEVEL],
  ['xuống', LEVEL],
  ['giảm xuống còn', LEVEL],
  ['hạ xuống còn', LEVEL],
  ['xuống còn', LEVEL],
  ['giảm còn', LEVEL],
  ['còn', LEVEL],
]);

/** @internal "bình quân mỗi năm", "hằng năm", …: the target is per year. */
export const perYearPhrases: PhraseIndex<true> = /* @__PURE__ */ indexByLastWord<true>([
  ['mỗi năm', true],
  ['hằng năm', true],
  ['hàng năm', true],
  ['bình quân mỗi năm', true],
  ['bình quân hằng năm', true],
  ['bình quân hàng năm', true],
  ['trung bình mỗi năm', true],
  ['trung bình hằng năm', true],
  ['trung bình hàng năm', true],
  ['một năm', true],
  ['mỗi năm một', true],
  ['hẳng năm', true],
  ['bình quân hẳng năm', true],
]);

/**
 * "bình quân", "trung bình": an average over the period, written before the figure ("giảm
 * bình quân 1–1,5%/năm") or in the subject ("tốc độ tăng trưởng bình quân giai đoạn …"). On
 * a change or a growth rate it makes the target per year.
 *
 * @internal
 */
export const averageWords: readonly (readonly string[])[] = [
  ['bình', 'quân'],
  ['trung', 'bình'],
];

/**
 * Words after "bình quân" that make it "per person" ("bình quân đầu người"), not an average
 * over years.
 *
 * @internal
 */
export const perCapitaWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'đầu',
  'người',
  'mỗi',
  'một',
  'chung',
]);

/**
 * The text of a token that can take part in a phrase (words and comparison signs), or
 * `undefined`.
 *
 * @internal
 */
export function phraseText(token: TargetToken | undefined): string | undefined {
  return token !== undefined && (token.kind === 'word' || token.kind === 'compare')
    ? token.text
    : undefined;
}

/**
 * The longest phrase of `index` that ends just before `end` (`tokens[end - 1]` is its last
 * word), and how many tokens it takes.
 *
 * @internal
 */
export function phraseBefore<T>(
  tokens: readonly TargetToken[],
  end: number,
  index: PhraseIndex<T>,
): { readonly meaning: T; readonly length: number } | null {
  const last = phraseText(tokens[end - 1]);
  if (last === undefined) return null;
  const candidates = index.get(last);
  if (candidates === undefined) return null;
  for (const phrase of candidates) {
    const length = phrase.words.length;
    if (length > end) continue;
    let matches = true;
    for (let k = 0; k < length - 1; k++) {
      if (phraseText(tokens[end - length + k]) !== phrase.words[k]) {
        matches = false;
        break;
      }
    }
    if (matches) return { meaning: phrase.meaning, length };
  }
  return null;
}

/** Per-year phrases as word lists, indexed by their first word, longest first. */
function indexByFirstWord<T>(
  index: PhraseIndex<T>,
): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const phrases of index.values()) {
    for (const { words } of phrases) {
      const first = words[0] as string;
      const list = byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

const perYearByFirstWord = /* @__PURE__ */ indexByFirstWord(perYearPhrases);

/**
 * The length of the longest per-year phrase starting at `start`, or 0.
 *
 * @internal
 */
export function perYearAt(tokens: readonly TargetToken[], start: number): number {
  const first = phraseText(tokens[start]);
  if (first === undefined) return 0;
  const candidates = perYearByFirstWord.get(first);
  if (candidates === undefined) return 0;
  for (const words of candidates) {
    if (wordsAt(tokens, start, words)) return words.length;
  }
  return 0;
}

/**
 * Do the words starting at `start` read `words` ("trở lên", "so với")?
 *
 * @internal
 */
export function wordsAt(
  tokens: readonly TargetToken[],
  start: number,
  words: readonly string[],
): boolean {
  for (let k = 0; k < words.length; k++) {
    if (phraseText(tokens[start + k]) !== words[k]) return false;
  }
  return true;
}

/**
 * Prepositions that start a time phrase after a unit ("trong năm 2022", "đến năm 2025",
 * "sau 5 năm", "kể từ năm 2021") when a time word or a number follows them.
 *
 * @internal
 */
export const timePrepositions: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'trong',
  'đến',
  'tới',
  'vào',
  'sau',
  'kể',
  'tính',
]);

/**
 * Words that, after one of the {@link timePrepositions}, make it a time phrase.
 *
 * @internal
 */
export const timeWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'năm',
  'kỳ',
  'giai',
  'nhiệm',
  'thời',
  'cuối',
  'đầu',
  'hết',
  'tháng',
  'quý',
  'từ',
  'đến',
]);

/**
 * Words that make a number a duration or an age ("5 năm", "6 tháng", "trẻ em dưới 5 tuổi"),
 * not a second figure.
 *
 * @internal
 */
export const durationWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'năm',
  'tháng',
  'quý',
  'ngày',
  'tuần',
  'tuổi',
]);

/**
 * Words before a four-digit number that make it a year ("năm 2021", "giai đoạn 2021–2025",
 * "nhiệm kỳ 2020 - 2025", "giá so sánh 2010", "đến cuối 2020").
 *
 * @internal
 */
export const yearLeadWords: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'năm',
  'đoạn',
  'kỳ',
  'khóa',
  'khoá',
  'sánh',
  'cuối',
]);

/**
 * Do the two tokens before `end` read "/năm" ("bình quân/năm: trên 10%")?
 *
 * @internal
 */
export function isPerYearSlashBefore(tokens: readonly TargetToken[], end: number): boolean {
  return tokens[end - 2]?.kind === 'slash' && phraseText(tokens[end - 1]) === 'năm';
}
