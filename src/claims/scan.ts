import { ChitieuError } from '../errors.js';
import { parsePeriodLabel } from '../period/parse-period-label.js';
import { isDashMark } from './chars.js';
import type { ClaimFigure, FigureRole, TextSpan } from './claim.js';
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

/** Words that scale a figure: a count followed by one is an amount, never compared as a count. */
const SCALE_WORDS: ReadonlySet<string> = new Set(['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'vạn']);

/** Words that make a number next to them a date or a span of time, not a quantity. */
const PERIOD_WORDS: ReadonlySet<string> = new Set(['tháng', 'quý', 'ngày', 'tuần']);

/** @internal One sentence being read: its tokens and the text. */
export class SentenceScan {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;

  constructor(text: string, tokens: readonly Token[], sentence: Sentence) {
    this.text = text;
    this.tokens = tokens;
    this.from = sentence.from;
    this.to = sentence.to;
  }

  at(i: number): Token | undefined {
    return i >= this.from && i < this.to ? this.tokens[i] : undefined;
  }

  word(i: number): string | null {
    const t = this.at(i);
    return t?.kind === 'word' ? t.text : null;
  }

  isMark(i: number, mark: string): boolean {
    const t = this.at(i);
    return t?.kind === 'mark' && t.text === mark;
  }

  /** Do the words at i, i+1, … spell `words`? */
  wordsAt(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.word(i + k) !== words[k]) return false;
    return true;
  }

  /** Do the words ending at i (…, i−1, i) spell `words`? */
  wordsBefore(i: number, words: readonly string[]): boolean {
    return this.wordsAt(i - words.length + 1, words);
  }

  /** A readable number (with a value) at i. */
  number(i: number): Token | null {
    const t = this.at(i);
    return t?.kind === 'number' && t.value !== null ? t : null;
  }

  /** A year: four digits printed without a group dot, 1900 to 2100, no "%". */
  isYear(t: Token): boolean {
    const v = t.value;
    if (v === null || t.percent || t.figure.length !== 4) return false;
    return v.gte(1900) && v.lte(2100);
  }

  /**
   * A plain count or amount at i: a number, not a percentage, not a year, not period words
   * ("6 tháng", "quý 2", "ngày 30").
   */
  quantity(i: number): Token | null {
    const t = this.number(i);
    if (t === null || t.percent || this.isYear(t)) return null;
    const next = this.word(i + 1);
    const prev = this.word(i - 1);
    if (next !== null && PERIOD_WORDS.has(next)) return null;
    if (prev !== null && PERIOD_WORDS.has(prev)) return null;
    return t;
  }

  span(fromToken: number, toToken: number): TextSpan {
    const a = this.tokens[fromToken] as Token;
    const b = this.tokens[toToken] as Token;
    return { start: a.start, end: b.end };
  }

  slice(span: TextSpan): string {
    return this.text.slice(span.start, span.end);
  }

  figure(t: Token, role: FigureRole): ClaimFigure {
    return {
      role,
      // Read by tokenize: every figure handed here has a value.
      value: t.value as NonNullable<Token['value']>,
      text: t.text,
      decimals: t.decimals,
      percent: t.percent,
      span: { start: t.start, end: t.end },
    };
  }

  /** Up to `max` words right after token i, as printed; null when none. */
  unitAfter(i: number, max = 6): string | null {
    const t = this.at(i);
    if (t?.percent) return '%';
    let last = -1;
    for (let k = i + 1; k <= i + max && this.word(k) !== null; k++) last = k;
    if (last === -1) return null;
    return this.slice(this.span(i + 1, last));
  }

  /** Is the unit after i a scaled amount ("tỷ đồng", "triệu đồng")? */
  scaledAfter(i: number): boolean {
    const w = this.word(i + 1);
    return w !== null && SCALE_WORDS.has(w);
  }

  /**
   * The words before token i back to a ";", ":", "(", ")", a number or the sentence start,
   * commas allowed, at most `max` words; null when none.
   */
  subjectBefore(i: number, max = 10): string | null {
    let first = -1;
    let words = 0;
    for (let k = i - 1; k >= this.from && words < max; k--) {
      const t = this.tokens[k] as Token;
      if (t.kind === 'word') {
        first = k;
        words++;
      } else if (!(t.kind === 'mark' && (t.text === ',' || isDashMark(t.text)))) break;
    }
    if (first === -1) return null;
    let last = i - 1;
    while (last > first && this.at(last)?.kind !== 'word') last--;
    return this.slice(this.span(first, last));
  }

  /** Is token k a clause boundary (";", ":")? */
  isClauseEnd(k: number): boolean {
    return this.isMark(k, ';') || this.isMark(k, ':');
  }

  /**
   * The nearest plain quantity before token i in the same clause, at most `reach` tokens
   * back, skipping tokens in `skip`.
   */
  quantityBefore(
    i: number,
    reach: number,
    skip: ReadonlySet<number>,
    also: ReadonlySet<number> = skip,
  ): number | null {
    for (let k = i - 1; k >= this.from && k >= i - reach; k--) {
      if (this.isClauseEnd(k)) return null;
      if (skip.has(k) || also.has(k)) continue;
      if (this.quantity(k) !== null) return k;
    }
    return null;
  }

  /** The first period words of the sentence ("năm 2023", "6 tháng đầu năm 2020"), or null. */
  period(): string | null {
    for (let i = this.from; i < this.to; i++) {
      const t = this.tokens[i] as Token;
      if (t.kind !== 'number' || !this.isYear(t)) continue;
      const head = this.word(i - 1);
      if (head !== 'năm' && head !== 'đoạn' && head !== 'kỳ') continue;
      if (this.word(i - 2) === 'với' || this.word(i - 3) === 'với') continue;
      const next = this.at(i + 1);
      const end = next?.kind === 'mark' && isDashMark(next.text) && this.number(i + 2) ? i + 2 : i;
      // The longest label the words before the year can start, then the plain "năm 2023":
      // at most two reads, so no run of failed reads.
      for (const k of new Set([this.periodStart(i), i - 1])) {
        if (k < this.from) continue;
        const label = this.slice(this.span(k, end));
        try {
          parsePeriodLabel(label);
          return label;
        } catch (error) {
          if (!(error instanceof ChitieuError)) throw error;
        }
      }
    }
    return null;
  }

  /** Where a period label ending in the year at i may start: "6 tháng đầu năm", "quý I năm". */
  private periodStart(i: number): number {
    const w = (k: number) => this.word(k);
    if (w(i - 1) === 'đoạn' || w(i - 1) === 'kỳ') return i - 2;
    if ((w(i - 2) === 'đầu' || w(i - 2) === 'cuối') && w(i - 3) === 'tháng') return i - 4;
    if (w(i - 2) === 'tháng') return i - 3;
    if (w(i - 3) === 'quý' || w(i - 3) === 'tháng') return i - 3;
    return i - 1;
  }
}
