import type { ChangePhrase } from '../audit/change-phrase-schema.js';
import { readChangePhrase } from '../audit/read-change-phrase.js';
import { ChitieuError } from '../errors.js';
import { parseTarget } from '../targets/parse-target.js';
import { isDashMark } from './chars.js';
import type { Claim, ClaimFigure, ClaimKind, TextSpan } from './claim.js';
import type { SentenceScan } from './scan.js';
import type { Token } from './tokens.js';

/** Words after "đạt X%" that name a plan (kế hoạch) or another goal the figure is measured by. */
const PLAN_WORDS: readonly (readonly string[])[] = [
  ['kế', 'hoạch'],
  ['kh'],
  ['dự', 'toán'],
  ['nghị', 'quyết'],
  ['chỉ', 'tiêu'],
  ['mục', 'tiêu'],
  ['nq'],
];
const PLAN_VERBS: ReadonlySet<string> = new Set(['đạt', 'bằng', 'được']);
const LEVEL_HEADS: ReadonlySet<string> = new Set([
  'đạt',
  'còn',
  'là',
  'mức',
  'khoảng',
  'lên',
  'xuống',
  'ước',
  'gần',
  'trên',
  'dưới',
]);
/** Words that make a figure approximate: "chiếm gần 2,5%", "khoảng 30%". */
const HEDGES: ReadonlySet<string> = new Set(['gần', 'khoảng', 'hơn', 'trên', 'dưới', 'xấp', 'xỉ']);
const CHANGE_VERBS: readonly (readonly string[])[] = [
  ['tăng', 'thêm'],
  ['giảm', 'thêm'],
  ['tăng'],
  ['giảm'],
];
/** Words that may sit in "(năm trước 3.246)" before the previous figure. */
const PREVIOUS_WORDS: ReadonlySet<string> = new Set([
  'năm',
  'trước',
  'cùng',
  'kỳ',
  'kì',
  'là',
  'đạt',
  'chiếm',
  'so',
  'với',
]);

/** What may stand before an item of a "trong đó" list: nested counts ("với 1.251 …") are not items. */
const LIST_STARTS: ReadonlySet<string> = new Set(['đó', ':', ',', 'và', 'có', 'là', 'gồm']);

/** @internal A claim before its sentence facts (period, sentence span) are added. */
export type Draft = Omit<Claim, 'period' | 'sentence' | 'group' | 'quote'> & {
  group: string | null;
  /** The token index of the "trong đó" whose whole the claim divides, or −1. */
  readonly whole: number;
};

/** @internal The state of one sentence's reading. */
export interface Reading {
  readonly scan: SentenceScan;
  /** Tokens already read as part of a claim's own figures. */
  readonly used: Set<number>;
  /** Percent tokens read as attainment of a plan, skipped when looking for a current figure. */
  readonly planPercents: Set<number>;
  readonly drafts: Draft[];
}

function draft(
  kind: ClaimKind,
  span: TextSpan,
  figures: readonly ClaimFigure[],
  fields: Partial<Pick<Draft, 'unit' | 'subject' | 'change' | 'whole'>> = {},
): Draft {
  return {
    kind,
    span,
    figures,
    unit: fields.unit ?? null,
    subject: fields.subject ?? null,
    change: fields.change ?? null,
    group: null,
    whole: fields.whole ?? -1,
  };
}

/** Where "trong đó" (or "trong số đó") stands before token i in the sentence, or −1. */
function breakdownBefore(s: SentenceScan, i: number): number {
  // Items of the list may be parted by ";"; a "trong đó" inside a closed "( … )" is not theirs.
  let depth = 0;
  for (let k = i - 1; k >= s.from && k >= i - 60; k--) {
    if (s.isMark(k, ':') && s.word(k - 1) !== 'đó') return -1;
    if (s.isMark(k, ')')) depth++;
    if (s.isMark(k, '(')) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (s.wordsAt(k, ['trong', 'đó']) || s.wordsAt(k, ['trong', 'số', 'đó'])) return k;
  }
  return -1;
}

/** The whole a "trong đó" at k breaks down: the nearest quantity before it. */
function wholeOf(r: Reading, k: number): number {
  if (k === -1) return -1;
  const s = r.scan;
  // "…; trong đó …" breaks down the clause before the ";".
  const from = s.isClauseEnd(k - 1) ? k - 1 : k;
  const inside = s.quantityBefore(from, 30, r.planPercents, r.used);
  if (inside !== null || k !== s.from) return inside ?? -1;
  // "Trong đó, …" opening a sentence breaks down the sentence before it.
  for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
    const t = s.tokens[j] as Token;
    if (t.kind === 'mark' && (t.text === ';' || t.text === ':')) return -1;
    if (t.kind === 'number' && t.value !== null && !t.percent && !s.isYear(t)) return j;
  }
  return -1;
}

/** A percent at i introduced as a share: "đạt tỷ lệ", "chiếm", "(", "tỷ lệ", "bằng". */
function sharePercentAt(s: SentenceScan, i: number): boolean {
  const t = s.number(i);
  if (t === null || !t.percent) return false;
  const w = s.word(i - 1);
  return (
    s.isMark(i - 1, '(') ||
    w === 'chiếm' ||
    w === 'đạt' ||
    w === 'bằng' ||
    w === 'là' ||
    s.wordsBefore(i - 1, ['tỷ', 'lệ']) ||
    s.wordsBefore(i - 1, ['tỉ', 'lệ'])
  );
}

/** 1. "18/31 chỉ tiêu", "238/316 vụ việc, đạt tỷ lệ 88,9%". */
export function readFractions(r: Reading): void {
  const s = r.scan;
  for (let i = s.from; i + 2 < s.to; i++) {
    const a = s.number(i);
    const b = s.number(i + 2);
    if (a === null || b === null || !s.isMark(i + 1, '/')) continue;
    if (a.end !== s.tokens[i + 1]?.start || s.tokens[i + 1]?.end !== b.start) continue;
    if (a.percent || b.percent || !a.value?.isInteger() || !b.value?.isInteger()) continue;
    const after = s.at(i + 3);
    const glued = after !== undefined && after.start === b.end && after.kind === 'mark';
    const head = s.word(i - 1);
    const dated =
      head === 'ngày' ||
      head === 'tháng' ||
      head === 'số' ||
      (b.figure.length === 4 && s.isYear(b));
    if (glued && (after.text === '/' || isDashMark(after.text))) {
      i += 2;
      continue;
    }
    if (dated || b.value.isZero() || a.value.gt(b.value)) {
      i += 2;
      continue;
    }
    r.used.add(i).add(i + 2);
    const tally = s.wordsAt(i + 3, ['chỉ', 'tiêu']);
    const figures: ClaimFigure[] = [s.figure(a, 'count'), s.figure(b, 'total')];
    let last = i + 2;
    for (let k = i + 3; k < s.to && k <= i + 20; k++) {
      if (s.isClauseEnd(k) || (s.number(k) !== null && !s.number(k)?.percent)) break;
      if (s.number(k)?.percent) {
        if (!r.used.has(k) && sharePercentAt(s, k)) {
          figures.push(s.figure(s.number(k) as Token, 'percent'));
          r.used.add(k);
          last = k;
        }
        break;
      }
    }
    const unit = s.unitAfter(i + 2);
    draftPush(r, tally ? 'tally' : 'part-of-whole', s.span(i, last), figures, {
      unit,
      subject: unit,
    });
    i = last;
  }
}

function draftPush(
  r: Reading,
  kind: ClaimKind,
  span: TextSpan,
  figures: readonly ClaimFigure[],
  fields: Partial<Pick<Draft, 'unit' | 'subject' | 'change' | 'whole'>> = {},
): void {
  r.drafts.push(draft(kind, span, figures, fields));
}

/** The end of a change phrase starting at verb token v: before ",", ";", "(", ")" or the end. */
function phraseEnd(s: SentenceScan, v: number): number {
  let k = v + 1;
  while (k < s.to) {
    const t = s.tokens[k] as Token;
    if (t.kind === 'mark' && t.text !== '%' && !isDashMark(t.text) && t.text !== '/') break;
    if (k > v + 2 && (s.word(k) === 'tăng' || s.word(k) === 'giảm' || s.word(k) === 'đạt')) break;
    k++;
  }
  return k - 1;
}

/** "(năm trước 3.246)", "(cùng kỳ 3,29%)" right after a change phrase: the previous figure. */
function previousAfter(s: SentenceScan, end: number, percent: boolean): number {
  if (!s.isMark(end + 1, '(')) return -1;
  for (let k = end + 2; k < s.to && k <= end + 8; k++) {
    const t = s.at(k) as Token;
    if (t.kind === 'word' && PREVIOUS_WORDS.has(t.text)) continue;
    if (t.kind === 'number' && s.isYear(t)) continue;
    const q = s.number(k);
    if (q !== null && q.percent === percent && s.isMark(k + 1, ')')) return k;
    return -1;
  }
  return -1;
}

function readPhrase(text: string): ChangePhrase | null {
  try {
    return readChangePhrase(text);
  } catch (error) {
    if (error instanceof ChitieuError) return null;
    throw error;
  }
}

/** 2. "3.365 đảng viên, tăng 119 so với năm trước", "giảm 0,87%". */
export function readChanges(r: Reading): void {
  const s = r.scan;
  for (let i = s.from; i < s.to; i++) {
    const head = s.word(i);
    if (head !== 'tăng' && head !== 'giảm') continue;
    const verb = CHANGE_VERBS.find((v) => s.wordsAt(i, v));
    if (verb === undefined) continue;
    const n = i + verb.length;
    const value = s.number(n);
    if (value === null || r.used.has(n)) continue;
    const end = phraseEnd(s, i);
    const span = s.span(i, end);
    const phrase = readPhrase(s.slice(span));
    if (phrase === null) continue;
    r.used.add(n);
    const figures: ClaimFigure[] = [s.figure(value, 'change')];
    const current = s.quantityBefore(i, 14, r.planPercents) ?? percentBefore(r, i);
    let from = i;
    if (current !== null) {
      const c = s.number(current) as Token;
      figures.unshift(s.figure(c, 'current'));
      const prev = previousAfter(s, end, c.percent);
      if (prev !== -1) {
        figures.push(s.figure(s.number(prev) as Token, 'previous'));
        r.used.add(prev);
      }
      from = Math.min(from, current);
    }
    draftPush(r, 'change', s.span(from, end), figures, {
      unit: phrase.unit,
      subject: current === null ? s.subjectBefore(i) : s.subjectBefore(current),
      change: phrase,
    });
    i = end;
  }
}

/** A level percentage ("còn 3,96%", "chiếm 3,49%") just before a change verb at i. */
function percentBefore(r: Reading, i: number): number | null {
  const s = r.scan;
  // "… chiếm 3,49%, khu vực nông, lâm nghiệp và thuỷ sản tăng 0,19%": over words and commas.
  for (let k = i - 1; k >= s.from && k >= i - 14; k--) {
    const t = s.number(k);
    if (t?.percent && !r.planPercents.has(k)) return k;
    if (t !== null || s.isClauseEnd(k) || s.isMark(k, '(') || s.isMark(k, ')')) return null;
  }
  return null;
}

/** The plan figure quoted after the plan words ("kế hoạch 150 đảng viên"), read with parseTarget. */
function quotedPlan(s: SentenceScan, k: number): number {
  let j = k;
  if (s.isMark(j, '(') || s.word(j) === 'là' || s.word(j) === 'giao' || s.isMark(j, ':')) j++;
  const t = s.quantity(j);
  if (t === null) return -1;
  const unit = s.unitAfter(j);
  try {
    const parsed = parseTarget(`${t.figure}${unit === null ? '' : ` ${unit}`}`);
    return parsed.target.kind === 'exact' ? j : -1;
  } catch (error) {
    if (error instanceof ChitieuError) return -1;
    throw error;
  }
}

/** 3. Percentages: attainment of a plan, shares, parts of a whole, levels. */
export function readPercents(r: Reading): void {
  const s = r.scan;
  for (let i = s.from; i < s.to; i++) {
    const p = s.number(i);
    if (p === null || !p.percent || r.used.has(i)) continue;
    r.used.add(i);
    const before = s.word(i - 1);
    let k = i + 1;
    if (s.wordsAt(k, ['so', 'với'])) k += 2;
    const plan = PLAN_WORDS.find((w) => s.wordsAt(k, w));
    const rateHead = s.wordsBefore(i - 1, ['tỷ', 'lệ']) || s.wordsBefore(i - 1, ['tỉ', 'lệ']);
    const verb = rateHead ? s.word(i - 3) : before;
    if (plan !== undefined && verb !== null && (PLAN_VERBS.has(verb) || verb === 'chiếm')) {
      readPercentOfPlan(r, i, k + plan.length);
      continue;
    }
    if (before === 'chiếm' || s.wordsBefore(i - 1, ['chiếm', 'tỷ', 'lệ'])) {
      readShare(r, i);
      continue;
    }
    if (before !== null && HEDGES.has(before) && s.word(i - 2) === 'chiếm') {
      readShare(r, i, true);
      continue;
    }
    if (s.isMark(i - 1, '(') && s.isMark(i + 1, ')')) {
      const count = countBeforeParen(s, i - 1);
      if (count !== -1) {
        readPart(r, count, i, s.span(count, i + 1));
        continue;
      }
    }
    draftPush(r, 'level', s.span(i, i), [s.figure(p, 'level')], {
      unit: '%',
      subject: s.subjectBefore(LEVEL_HEADS.has(before ?? '') ? i - 1 : i),
    });
  }
}

function readPercentOfPlan(r: Reading, i: number, afterPlan: number): void {
  const s = r.scan;
  r.planPercents.add(i);
  const p = s.number(i) as Token;
  const figures: ClaimFigure[] = [s.figure(p, 'percent')];
  let actual = s.quantityBefore(i, 20, r.planPercents, r.used);
  let quoted = -1;
  const slashed = actual === null ? -1 : ratioStart(s, actual);
  if (slashed !== -1) {
    quoted = actual as number;
    actual = slashed;
  }
  let from = i;
  let unit: string | null = null;
  if (actual !== null) {
    figures.unshift(s.figure(s.number(actual) as Token, 'actual'));
    from = actual;
    unit = s.unitAfter(actual);
  }
  let to = afterPlan - 1;
  const plan = quoted !== -1 ? quoted : quotedPlan(s, afterPlan);
  if (plan !== -1) {
    figures.push(s.figure(s.number(plan) as Token, 'plan'));
    r.used.add(plan);
    if (plan > to) to = plan;
  }
  draftPush(r, 'percent-of-plan', s.span(from, to), figures, {
    unit,
    subject: s.subjectBefore(actual ?? i),
  });
}

/**
 * "1.763 tỷ đồng/1.922 tỷ đồng, đạt 91,72%": when the quantity at k follows a "/" that follows
 * another quantity and its unit, that other quantity is the actual figure and k the plan.
 */
function ratioStart(s: SentenceScan, k: number): number {
  let j = k - 1;
  if (!s.isMark(j, '/')) return -1;
  j--;
  while (j >= s.from && j > k - 6 && s.word(j) !== null) j--;
  return s.quantity(j) !== null ? j : -1;
}

/** "564 nữ (20,14%)": the count before the "(" at j, over at most four words. */
function countBeforeParen(s: SentenceScan, j: number): number {
  for (let k = j - 1; k >= s.from && k >= j - 7; k--) {
    if (s.word(k) !== null) continue;
    return s.quantity(k) !== null && !s.scaledAfter(k) ? k : -1;
  }
  return -1;
}

function readShare(r: Reading, i: number, hedged = false): void {
  const s = r.scan;
  // "564 nữ, chiếm 20,14%": a count in the same comma clause makes it a part of a whole.
  for (let k = i - 1; k >= s.from && k >= i - 14; k--) {
    if (s.isClauseEnd(k) || s.isMark(k, '(')) break;
    if (s.quantity(k) !== null && !r.used.has(k)) {
      if (!s.scaledAfter(k)) readPart(r, k, i, s.span(k, i));
      else break;
      return;
    }
    if (s.number(k) !== null) break;
  }
  const p = s.number(i) as Token;
  const head = i - 1 - (s.word(i - 1) === 'chiếm' ? 0 : hedged ? 1 : 2);
  const subject = s.subjectBefore(head);
  let from = head;
  while (
    from > s.from &&
    (s.word(from - 1) !== null || s.isMark(from - 1, ',') || isDashMark(s.at(from - 1)?.text ?? ''))
  )
    from--;
  while (s.at(from)?.kind !== 'word' && from < head) from++;
  // "chiếm 16,19% so với tổng số …", "chiếm 13% tổng số …": a share of its own base, not of
  // the list's whole: kept out of the group's sum.
  // A hedged share ("chiếm gần 2,5%") has no known rounding: kept out of the sum too.
  const ownBase =
    hedged ||
    s.wordsAt(i + 1, ['so', 'với']) ||
    s.wordsAt(i + 1, ['tổng', 'số']) ||
    s.word(i + 1) === 'của';
  draftPush(r, 'share', s.span(from, i), [s.figure(p, 'percent')], {
    unit: '%',
    subject,
    whole: ownBase ? -2 - i : breakdownBefore(s, i),
  });
}

function readPart(r: Reading, count: number, percent: number, span: TextSpan): void {
  const s = r.scan;
  r.used.add(count);
  const c = s.number(count) as Token;
  const p = s.number(percent) as Token;
  const figures: ClaimFigure[] = [s.figure(c, 'count'), s.figure(p, 'percent')];
  const whole = wholeOf(r, breakdownBefore(s, count));
  if (whole !== -1) figures.push(s.figure(s.tokens[whole] as Token, 'total'));
  draftPush(r, 'part-of-whole', span, figures, {
    unit: s.unitAfter(count),
    subject: s.unitAfter(count),
    whole: breakdownBefore(s, count),
  });
}

/** 4. "thu nhập bình quân đầu người đạt 46,3 triệu đồng". */
export function readLevels(r: Reading): void {
  const s = r.scan;
  for (let i = s.from + 1; i < s.to; i++) {
    const t = s.quantity(i);
    if (t === null || r.used.has(i) || s.word(i - 1) !== 'đạt') continue;
    r.used.add(i);
    draftPush(r, 'level', s.span(i - 1, i), [s.figure(t, 'level')], {
      unit: s.unitAfter(i),
      subject: s.subjectBefore(s.word(i - 2) === 'ước' ? i - 2 : i - 1),
    });
  }
}

/** The counts joined by "," and "và" ending just before token i (i excluded). */
function countsBefore(s: SentenceScan, i: number): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= s.from && k >= i - 40; k--) {
    const t = s.at(k) as Token;
    if (t.kind === 'word' || (t.kind === 'mark' && t.text === ',')) continue;
    if (s.quantity(k) !== null && s.number(k)?.value?.isInteger() && !s.scaledAfter(k)) {
      out.unshift(k);
      continue;
    }
    break;
  }
  return out;
}

/** The counts after token i to the end of the clause. */
function countsAfter(s: SentenceScan, i: number): number[] {
  const out: number[] = [];
  for (let k = i + 1; k < s.to && k <= i + 40; k++) {
    const t = s.at(k) as Token;
    if (t.kind === 'word' || (t.kind === 'mark' && t.text === ',')) continue;
    if (s.quantity(k) !== null && s.number(k)?.value?.isInteger() && !s.scaledAfter(k)) {
      out.push(k);
      continue;
    }
    break;
  }
  return out;
}

/** "755 tổ chức cơ sở Đảng, bao gồm 369 chi bộ cơ sở và 386 Đảng bộ cơ sở": total before "gồm". */
function readListedSum(r: Reading, g: number): void {
  const s = r.scan;
  const total = s.quantityBefore(g, 10, r.used);
  if (total === null || !s.number(total)?.value?.isInteger() || s.scaledAfter(total)) return;
  const parts = countsAfter(s, g).filter((p) => !r.used.has(p));
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined || !s.wordsBefore(last - 1, ['và'])) return;
  r.used.add(total);
  for (const p of parts) r.used.add(p);
  draftPush(
    r,
    'sum',
    s.span(total, last),
    [
      ...parts.map((p) => s.figure(s.number(p) as Token, 'part')),
      s.figure(s.number(total) as Token, 'total'),
    ],
    { unit: s.unitAfter(total), subject: s.unitAfter(total) },
  );
}

/** 5. "68 đảng bộ và 31 chi bộ cơ sở, tổng 99 tổ chức"; "tổng số 99 …, gồm 68 … và 31 …". */
export function readSums(r: Reading): void {
  const s = r.scan;
  for (let i = s.from; i < s.to; i++) {
    if (s.word(i) === 'gồm' && !s.wordsBefore(i - 1, ['tổng'])) readListedSum(r, i);
    if (s.word(i) !== 'tổng') continue;
    let k = i + 1;
    if (s.word(k) === 'số' || s.word(k) === 'cộng') k++;
    if (s.word(k) === 'là' || s.isMark(k, ':')) k++;
    const total = s.quantity(k);
    if (total === null || !total.value?.isInteger() || r.used.has(k)) continue;
    let parts = countsBefore(s, i).filter((p) => !r.used.has(p));
    if (parts.length < 2 || !s.wordsBefore((parts[parts.length - 1] as number) - 1, ['và'])) {
      const g = s.word(k + 1) === null ? -1 : findWord(s, k, 'gồm', 12);
      parts = g === -1 ? [] : countsAfter(s, g).filter((p) => !r.used.has(p));
    }
    if (parts.length < 2) continue;
    r.used.add(k);
    for (const p of parts) r.used.add(p);
    const figures = [
      ...parts.map((p) => s.figure(s.number(p) as Token, 'part')),
      s.figure(total, 'total'),
    ];
    const first = Math.min(i, parts[0] as number);
    const last = Math.max(k, parts[parts.length - 1] as number);
    draftPush(r, 'sum', s.span(first, last), figures, {
      unit: s.unitAfter(k),
      subject: s.unitAfter(k),
    });
    i = last;
  }
}

function findWord(s: SentenceScan, from: number, word: string, reach: number): number {
  for (let k = from + 1; k < s.to && k <= from + reach; k++) {
    if (s.word(k) === word) return k;
    if (s.isClauseEnd(k)) return -1;
  }
  return -1;
}

/** 6. Parts listed after "trong đó" without a percentage: "…, trong đó 564 nữ". */
export function readBreakdownCounts(r: Reading): void {
  const s = r.scan;
  for (let i = s.from; i < s.to; i++) {
    if (!(s.wordsAt(i, ['trong', 'đó']) || s.wordsAt(i, ['trong', 'số', 'đó']))) continue;
    const whole = wholeOf(r, i);
    if (whole === -1 || s.scaledAfter(whole)) continue;
    const w = s.tokens[whole] as Token;
    let depth = 0;
    for (let k = i + 2; k < s.to && k <= i + 60; k++) {
      if (s.isMark(k, '(')) depth++;
      if (s.isMark(k, ')')) depth--;
      if (depth < 0 || (depth === 0 && s.isMark(k, ';'))) break;
      const q = s.quantity(k);
      if (q === null || r.used.has(k) || s.scaledAfter(k) || !q.value?.isInteger()) continue;
      if (depth > 0 || !LIST_STARTS.has(s.at(k - 1)?.text ?? '')) continue;
      r.used.add(k);
      draftPush(r, 'part-of-whole', s.span(k, k), [s.figure(q, 'count'), s.figure(w, 'total')], {
        unit: s.unitAfter(k),
        subject: s.unitAfter(k),
        whole: i,
      });
    }
  }
}
