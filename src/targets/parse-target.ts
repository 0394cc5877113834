import { type ChitieuError, chitieuError, isChitieuError } from '../errors.js';
import type { Measure } from '../indicator/measure-schema.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import type { Decimal } from '../numeric/decimal.js';
import { normalizeText } from '../text/normalize-text.js';
import { changeBasis } from './change-basis.js';
import { markYears } from './mark-years.js';
import type { ParsedTarget } from './parsed-target-schema.js';
import { type FigureUnit, isPerYearSlash, nounPhraseEnd, readUnit } from './read-unit.js';
import {
  durationWords,
  type Marker,
  markers,
  perYearAt,
  perYearPhrases,
  phraseBefore,
  type Qualifier,
  qualifiers,
  wordsAt,
} from './target-phrases.js';
import type { LevelTarget, Target } from './target-schema.js';
import { spanText, trimClause } from './target-text.js';
import { type TargetToken, tokenizeTarget } from './tokenize-target.js';

export type { ParsedTarget } from './parsed-target-schema.js';

/** Longest phrase read, in characters after NFC normalisation. */
const MAX_LENGTH = 500;
/** Longest input normalised at all (decomposed Vietnamese is at most three times longer). */
const MAX_RAW_LENGTH = 3 * MAX_LENGTH;
const MEASURES: readonly Measure[] = ['count', 'amount', 'rate'];

/**
 * Options for {@link parseTarget}.
 *
 * @category Targets
 */
export interface ParseTargetOptions {
  /**
   * What kind of quantity the target is on. It decides the basis of a "%" change: `rate` →
   * percentage points, `count`/`amount` → percent of the baseline. Unknown (the default):
   * percent when the phrase says "so với …", points otherwise.
   */
  readonly measure?: Measure;
}

function unreadable(text: string, expected: string): ChitieuError {
  return chitieuError('unparseable-target', expected, { received: text, details: { text } });
}

function tooLong(text: string): ChitieuError {
  return chitieuError('input-too-long', `a target phrase of at most ${MAX_LENGTH} characters`, {
    received: text,
    details: { length: text.length, max: MAX_LENGTH },
  });
}

function checkMeasure(options: ParseTargetOptions): Measure | undefined {
  if (typeof options !== 'object' || options === null) {
    throw chitieuError('invalid-argument', 'an options object such as { measure: "rate" }', {
      received: options,
      path: ['options'],
    });
  }
  const { measure } = options;
  if (measure !== undefined && !MEASURES.includes(measure)) {
    throw chitieuError('invalid-argument', `a measure (${MEASURES.join(', ')})`, {
      received: measure,
      path: ['options', 'measure'],
    });
  }
  return measure;
}

function readFigure(text: string, token: TargetToken): Decimal {
  try {
    return parseViNumber(token.text);
  } catch (error) {
    if (!isChitieuError(error)) throw error;
    throw unreadable(
      text,
      `a figure in Vietnamese notation ("150", "51,5", "3.200"), not "${token.text}"`,
    );
  }
}

/**
 * "1e3", "1,5e-3": JavaScript exponent notation glued to a figure, which Vietnamese never
 * writes. Read as a figure and a unit "e3" it would be a wrong target; refuse it.
 */
function checkNoExponent(text: string, tokens: readonly TargetToken[], at: number): void {
  const figure = tokens[at] as TargetToken;
  const next = tokens[at + 1];
  if (next?.kind === 'word' && next.start === figure.end && /^e[+-]?\d/.test(next.text)) {
    throw unreadable(
      text,
      `a figure in Vietnamese notation ("150", "51,5", "3.200"), not "${figure.text}${next.text}"`,
    );
  }
}

/** Words after "tăng"/"giảm" that make a compound, not a change: "tăng trưởng", "tăng cường". */
const COMPOUNDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['trưởng', 'cường']);

/**
 * A change verb in front of the subject, with a bare figure: "giảm tỷ lệ hộ nghèo 1–1,5%",
 * "Phấn đấu tăng thu ngân sách 10%". Not "tăng trưởng …" (growth) or "tăng cường …".
 */
function frontedChange(tokens: readonly TargetToken[]): Marker | null {
  const k = wordsAt(tokens, 0, ['phấn', 'đấu']) ? 2 : 0;
  const verb = tokens[k];
  const next = tokens[k + 1];
  // A "tăng"/"giảm" that ends the subject was read as a marker already, so the verb found
  // here always has subject words after it.
  if (verb?.kind !== 'word') return null;
  if (next?.kind === 'word' && COMPOUNDS.has(next.text)) return null;
  if (verb.text === 'tăng') return { kind: 'change', direction: 'increase' };
  if (verb.text === 'giảm') return { kind: 'change', direction: 'decrease' };
  return null;
}

/** What stands before the figure: qualifier and marker, and where the subject ends. */
interface Head {
  readonly qualifier: Qualifier | null;
  readonly marker: Marker | null;
  /** The subject is tokens [0, subjectEnd). */
  readonly subjectEnd: number;
  readonly perYear: boolean;
}

/**
 * Read backwards from the figure: [per-year] qualifier [đạt] [per-year] marker. A bounded
 * number of steps, each matching phrases of at most four words.
 */
function readHead(source: string, tokens: readonly TargetToken[], anchor: number): Head {
  let perYear = false;
  let h = anchor;
  const skipPerYear = (): void => {
    const found = phraseBefore(tokens, h, perYearPhrases);
    if (found !== null) {
      perYear = true;
      h -= found.length;
    }
  };
  skipPerYear();
  let qualifier: Qualifier | null = null;
  const q = phraseBefore(tokens, h, qualifiers);
  if (q !== null) {
    qualifier = q.meaning;
    h -= q.length;
    // "đạt trên 90%": the verb "đạt" before another qualifier is not part of the subject.
    const verb = qualifier.kind === 'exact' ? null : phraseBefore(tokens, h, qualifiers);
    if (verb !== null && verb.meaning.kind === 'exact' && tokens[h - 1]?.kind === 'word') {
      h -= verb.length;
    }
  }
  skipPerYear();
  let marker: Marker | null = null;
  const m = phraseBefore(tokens, h, markers);
  // "tốc độ tăng 13%" names a growth rate, not a change.
  const growthRate =
    m !== null && m.meaning.kind === 'change' && wordsAt(tokens, h - m.length - 2, ['tốc', 'độ']);
  if (m !== null && !growthRate) {
    marker = m.meaning;
    h -= m.length;
  } else if (qualifier === null) {
    marker = frontedChange(tokens);
  }
  const before = tokens[h - 1];
  if (before?.kind === 'word' && before.text === 'gấp') {
    throw unreadable(source, 'an additive target; "gấp … lần" (a multiple) is not one');
  }
  if (before?.kind === 'word' && (before.text === 'không' || before.text === 'chưa')) {
    throw unreadable(
      source,
      `a qualifier it knows; "${before.text} …" before the figure is not one`,
    );
  }
  return { qualifier, marker, subjectEnd: h, perYear };
}

/** The figure, or the two ends of a range, with their unit. */
interface Figures {
  readonly first: Decimal;
  readonly second: Decimal | undefined;
  readonly unit: FigureUnit;
  /** The token after the figures and their unit. */
  readonly next: number;
}

/** Read forwards from the figure: unit, then a range "– 13%", "đến 4%". */
function readFigures(source: string, tokens: readonly TargetToken[], anchor: number): Figures {
  checkNoExponent(source, tokens, anchor);
  const first = readFigure(source, tokens[anchor] as TargetToken);
  const firstUnit = readUnit(source, tokens, anchor + 1);
  const separator = tokens[firstUnit.next];
  const isSeparator =
    separator !== undefined &&
    (separator.kind === 'dash' ||
      (separator.kind === 'word' && (separator.text === 'đến' || separator.text === 'tới')));
  if (!isSeparator) return { first, second: undefined, ...firstUnit };
  const end = tokens[firstUnit.next + 1];
  if (end?.kind !== 'number') {
    if (separator.kind === 'dash') {
      throw unreadable(source, 'a number after the dash of a range ("12–13%")');
    }
    return { first, second: undefined, ...firstUnit };
  }
  checkNoExponent(source, tokens, firstUnit.next + 1);
  const second = readFigure(source, end);
  const secondUnit = readUnit(source, tokens, firstUnit.next + 2);
  const a = firstUnit.unit.text;
  const b = secondUnit.unit.text;
  if (a !== null && b !== null && a.toLowerCase() !== b.toLowerCase()) {
    throw unreadable(source, 'the same unit on both ends of a range');
  }
  return {
    first,
    second,
    unit: a === null ? secondUnit.unit : firstUnit.unit,
    next: secondUnit.next,
  };
}

/** What follows the figures and their unit. */
interface Tail {
  /** "trở lên" (up) or "trở xuống" (down) right after the unit. */
  readonly modifier: 'up' | 'down' | null;
  /** The noun phrase after a percentage ("số xã đạt chuẩn"). */
  readonly ofPercent: string;
  /** "so với …" was written. */
  readonly compared: boolean;
  readonly comparedTo: string | null;
  readonly rest: string | null;
  readonly perYear: boolean;
}

/** Read the rest of the phrase, after the figures: one pass. */
function readTail(
  source: string,
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  figures: Figures,
): Tail {
  const n = tokens.length;
  let p = figures.next;
  let perYear = false;
  if (figures.unit.percent && isPerYearSlash(tokens, p)) {
    perYear = true; // "tăng 10%/năm"
    p += 2;
  }
  let modifier: 'up' | 'down' | null = null;
  if (wordsAt(tokens, p, ['trở', 'lên'])) modifier = 'up';
  else if (wordsAt(tokens, p, ['trở', 'xuống'])) modifier = 'down';
  if (modifier !== null) p += 2;

  let ofPercent = '';
  if (figures.unit.percent && modifier === null) {
    const end = nounPhraseEnd(tokens, p, true);
    ofPercent = spanText(source, tokens, p, end);
    p = end;
  }

  let compared = false;
  let comparedTo: string | null = null;
  while (p < n) {
    const perYearLength = perYearAt(tokens, p);
    if (perYearLength > 0 || isPerYearSlash(tokens, p)) {
      perYear = true;
      p += perYearLength > 0 ? perYearLength : 2;
    } else if (!compared && wordsAt(tokens, p, ['so', 'với'])) {
      compared = true;
      let end = p + 2;
      while (
        end < n &&
        (tokens[end] as TargetToken).kind !== 'stop' &&
        perYearAt(tokens, end) === 0
      ) {
        end++;
      }
      comparedTo = trimClause(spanText(source, tokens, p + 2, end));
      p = end;
    } else {
      break;
    }
  }

  // The rest is context, not a second target: no figures in it but years and durations.
  for (let i = p; i < n; i++) {
    const token = tokens[i] as TargetToken;
    if (perYearAt(tokens, i) > 0) perYear = true;
    if (token.kind !== 'number' || years[i]) continue;
    const after = tokens[i + 1];
    if (after?.kind === 'word' && durationWords.has(after.text)) continue;
    throw unreadable(source, 'one figure per phrase (split a list of targets first)');
  }
  const rest = p < n ? trimClause(source.slice((tokens[p] as TargetToken).start)) : null;
  return { modifier, ofPercent, compared, comparedTo, rest, perYear };
}

/** The level target of a single figure, from its qualifier and a trailing "trở lên/xuống". */
function levelOf(
  text: string,
  qualifier: Qualifier | null,
  modifier: 'up' | 'down' | null,
  value: Decimal,
): LevelTarget {
  const kind = qualifier?.kind ?? 'exact';
  switch (kind) {
    case 'exact':
    case 'from':
      if (modifier === 'up') return { kind: 'at-least', value, strict: false };
      if (modifier === 'down') return { kind: 'at-most', value, strict: false };
      return kind === 'from'
        ? { kind: 'at-least', value, strict: false }
        : { kind: 'exact', value };
    case 'approximately':
      if (modifier !== null) {
        throw unreadable(text, '"khoảng" without "trở lên" or "trở xuống"');
      }
      return { kind: 'approximately', value };
    case 'at-least':
    case 'at-most': {
      const strict = (qualifier as { readonly strict: boolean }).strict;
      if (
        (kind === 'at-least' && modifier === 'down') ||
        (kind === 'at-most' && modifier === 'up')
      ) {
        throw unreadable(text, 'a qualifier and a "trở lên"/"trở xuống" that agree');
      }
      return { kind, value, strict };
    }
  }
}

/** The level target of the figures: a range, or one figure with its qualifier. */
function levelOfFigures(
  source: string,
  figures: Figures,
  qualifier: Qualifier | null,
  modifier: 'up' | 'down' | null,
): LevelTarget {
  const { first, second } = figures;
  if (second === undefined) return levelOf(source, qualifier, modifier, first);
  if (modifier !== null) throw unreadable(source, 'a range without "trở lên" or "trở xuống"');
  if (
    qualifier !== null &&
    qualifier.kind !== 'from' &&
    qualifier.kind !== 'exact' &&
    qualifier.kind !== 'approximately'
  ) {
    throw unreadable(source, 'a range written "12–13%", "từ 12 đến 13%" or "đạt 12–13%"');
  }
  if (first.gt(second)) {
    throw chitieuError('invalid-target', 'a range whose lower end is not above its upper end', {
      received: source,
      path: ['max'],
      details: { text: source },
    });
  }
  return { kind: 'range', min: first, max: second };
}

/**
 * The subject: the words before the qualifier chain with per-year phrases left out, and
 * after a percentage the noun phrase it is a share of.
 */
function subjectOf(
  source: string,
  tokens: readonly TargetToken[],
  end: number,
  ofPercent: string,
): { readonly subject: string | null; readonly perYear: boolean } {
  let perYear = false;
  let text = '';
  let from = 0;
  let i = 0;
  while (i < end) {
    const length = perYearAt(tokens, i);
    if (length > 0 && i + length <= end) {
      perYear = true;
      text += ` ${spanText(source, tokens, from, i)}`;
      i += length;
      from = i;
    } else {
      i++;
    }
  }
  text += ` ${spanText(source, tokens, from, end)} ${ofPercent}`;
  return { subject: trimClause(text), perYear };
}

/**
 * Read a Vietnamese target phrase (chỉ tiêu) into a {@link Target}, with the unit, the
 * subject and the per-year flag written around it.
 *
 * The figure is the first number that is not a year ("năm 2021"); the qualifier is the word
 * directly before it ("trên", "hơn", "ít nhất", "tối thiểu", "từ", "đạt", "≥", ">", "dưới",
 * "không quá", "tối đa", "không vượt quá", "≤", "<", "khoảng", "trên dưới"), so "trên địa
 * bàn" in a subject is not read as "trên". Before the qualifier may stand a change marker
 * ("tăng", "giảm", "tăng thêm", "có thêm", "thêm": a `change` target) or a level marker
 * ("giảm xuống", "giảm xuống còn", "còn", "tăng lên", "nâng lên": the level to reach). A
 * "tăng"/"giảm" in front of the subject with a bare figure is a change too ("giảm tỷ lệ hộ
 * nghèo 1–1,5%"; not "tăng trưởng …"), and stays in the subject.
 * Ranges are written "12–13%", "12-13%", "12 - 13%", "từ 3 đến 4%"; "trở lên" / "trở xuống"
 * after the unit make a bound inclusive ("từ 150 đảng viên trở lên", "đạt 95% trở lên").
 * "mỗi năm", "hằng năm", "bình quân mỗi năm" anywhere set `perYear`. The words before the
 * qualifier are returned as `subject` without being interpreted.
 *
 * A "%" change is in percentage points or in percent of the baseline: see
 * {@link ParseTargetOptions.measure}. The unit is the whole noun phrase after the figure, up
 * to the end of its clause ("xã đạt chuẩn NTM"; "1,5 nghìn tỷ đồng" keeps the scale word:
 * "nghìn tỷ đồng"; "/năm" inside a unit stays there and does not set `perYear`). A level
 * marker with a bare figure names that level exactly ("tăng lên 90%" → exact 90); "từ 150"
 * alone reads as "từ 150 trở lên". Multiples ("tăng 2 lần", "gấp 2 lần") and two figures in
 * one phrase are refused. The text is NFC-normalised first, and read case-insensitively;
 * subject and unit keep the case they were written in.
 *
 * @category Targets
 * @param text - the phrase, at most 500 characters
 * @param options - the measure of the quantity, for "%" changes
 * @returns the target, unit, subject and flags
 * @throws {@link ChitieuError} `unparseable-target` (with the text in `details.text`) for a
 * phrase it cannot read, `input-too-long` past 500 characters, `invalid-target` for a range
 * whose lower end is above its upper end, `invalid-argument` for bad options
 * @example
 * ```ts
 * const p = parseTarget('Phấn đấu kết nạp trên 150 đảng viên');
 * p.target;
 * //=> { kind: 'at-least', value: '150', strict: true }
 * p.unit;
 * //=> 'đảng viên'
 * p.subject;
 * //=> 'Phấn đấu kết nạp'
 * parseTarget('thu ngân sách trên địa bàn đạt 72 tỷ đồng').target;
 * //=> { kind: 'exact', value: '72' }
 * parseTarget('tỷ lệ hộ nghèo giảm 1–1,5%').target;
 * //=> { kind: 'change', direction: 'decrease', by: { kind: 'range', min: '1', max: '1.5' }, basis: 'points' }
 * parseTarget('tăng 10% so với năm trước').target.basis;
 * //=> 'percent'
 * parseTarget('mỗi năm kết nạp từ 90 - 100 đảng viên').perYear;
 * //=> true
 * parseTarget('trên địa bàn');
 * // throws ChitieuError unparseable-target
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): ParsedTarget {
  if (typeof text !== 'string') {
    // path [] as for every other fault of the text ('' included), as parseViNumber does
    throw chitieuError('invalid-argument', 'a target phrase as a string', { received: text });
  }
  if (text.length > MAX_RAW_LENGTH) throw tooLong(text);
  const measure = checkMeasure(options);
  const normalised = normalizeText(text);
  if (normalised.length > MAX_LENGTH) throw tooLong(text);
  const source = normalised.trim();
  const tokens = tokenizeTarget(source);
  if (tokens.length === 0) throw unreadable(source, 'a target phrase; the text is empty');

  const years = markYears(tokens);
  let anchor = -1;
  for (let i = 0; i < tokens.length && anchor === -1; i++) {
    if ((tokens[i] as TargetToken).kind === 'number' && !years[i]) anchor = i;
  }
  if (anchor === -1) {
    throw unreadable(source, 'a figure (a number such as "150", "51,5" or "3.200")');
  }

  const head = readHead(source, tokens, anchor);
  const figures = readFigures(source, tokens, anchor);
  const tail = readTail(source, tokens, years, figures);
  const level = levelOfFigures(source, figures, head.qualifier, tail.modifier);
  if (head.marker?.kind === 'change' && figures.unit.text?.toLowerCase() === 'lần') {
    throw unreadable(source, 'an additive change; "tăng 2 lần" (a multiple) is not one');
  }
  const target: Target =
    head.marker?.kind === 'change'
      ? {
          kind: 'change',
          direction: head.marker.direction,
          by: Object.freeze(level),
          basis: changeBasis(figures.unit.percent, figures.unit.text, measure, tail.compared),
        }
      : level;
  const { subject, perYear } = subjectOf(source, tokens, head.subjectEnd, tail.ofPercent);
  return Object.freeze({
    target: Object.freeze(target),
    unit: figures.unit.text,
    subject,
    perYear: head.perYear || tail.perYear || perYear,
    text: source,
    comparedTo: tail.comparedTo,
    rest: tail.rest,
  });
}
