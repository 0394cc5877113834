import { type ChitieuError, chitieuError } from '../errors.js';
import type { Measure } from '../indicator/measure-schema.js';
import { Decimal } from '../numeric/decimal.js';
import { normalizeText } from '../text/normalize-text.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { targetOf } from './change-of.js';
import { deadlineYear, markBareYears } from './deadline-year.js';
import { levelOfFigures } from './level-of.js';
import { markYears } from './mark-years.js';
import type { ParsedTarget } from './parsed-target-schema.js';
import { readFigures } from './read-figures.js';
import { readHead } from './read-head.js';
import { readTail } from './read-tail.js';
import { subjectMeasure } from './subject-words.js';
import { unreadable } from './target-errors.js';
import {
  averageWords,
  durationWords,
  perCapitaWords,
  perYearAt,
  phraseText,
  wordsAt,
} from './target-phrases.js';
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
   * percentage points, `count`/`amount` → percent of the baseline. Unknown (the default): the
   * subject's words decide ("tỷ lệ" → points, "thu ngân sách" → percent); where they say
   * nothing, the reading is percent when the phrase says "so với …", points otherwise, and
   * carries a warning.
   */
  readonly measure?: Measure;
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

/** "không còn hộ nghèo", "không có chi bộ yếu kém": a target of zero. */
const ZERO_PHRASES: readonly (readonly string[])[] = [
  ['không', 'còn'],
  ['không', 'có'],
];

function zeroPhraseAt(tokens: readonly TargetToken[], end: number): number {
  for (let i = 0; i < end; i++) {
    if (ZERO_PHRASES.some((words) => wordsAt(tokens, i, words))) return i;
  }
  return -1;
}

/**
 * A phrase without a figure: "không còn hộ nghèo" is a target of zero (at most 0); "cơ bản
 * không còn …" (basically none) too, with a warning.
 */
function zeroTarget(source: string, tokens: readonly TargetToken[]): ParsedTarget {
  if (zeroPhraseAt(tokens, tokens.length) === -1) {
    throw unreadable(source, 'a figure (a number such as "150", "51,5" or "3.200")');
  }
  const warnings =
    wordsAt(tokens, 0, ['cơ', 'bản']) || source.toLowerCase().includes(' cơ bản ')
      ? ['"cơ bản" (basically) softens the zero target: read as at most 0']
      : [];
  return Object.freeze({
    target: Object.freeze({ kind: 'at-most', value: new Decimal(0), strict: false }),
    unit: null,
    subject: trimClause(source),
    perYear: perYearIn(tokens, 0, tokens.length),
    text: source,
    comparedTo: null,
    rest: null,
    byYear: deadlineYear(tokens, markYears(tokens), 0, tokens.length),
    baseline: null,
    warnings: Object.freeze(warnings),
  });
}

function perYearIn(tokens: readonly TargetToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (perYearAt(tokens, i) > 0) return true;
  return false;
}

/** Words that may stand between a baseline and the target ("từ 7.200 USD năm 2025 lên …"). */
const TO_LEVEL: ReadonlySet<string> = /* @__PURE__ */ new Set(['lên', 'xuống', 'còn']);

/**
 * "từ 7.200 USD năm 2025 lên 12.000–13.000 USD": after a "từ" figure and its unit, an
 * optional year, then "lên"/"xuống"/"còn" and a second figure. The index of that figure, or
 * -1.
 */
function targetAfterBaseline(
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  from: number,
): number {
  let p = from;
  if (phraseText(tokens[p]) === 'năm' && years[p + 1] === true) p += 2;
  if (tokens[p]?.kind === 'stop' && tokens[p]?.text === ',') p++;
  if (!TO_LEVEL.has(phraseText(tokens[p]) ?? '')) return -1;
  for (let k = p + 1; k < tokens.length && k <= p + 3; k++) {
    const token = tokens[k] as TargetToken;
    if (token.kind === 'number') return years[k] === true ? -1 : k;
    if (token.kind !== 'word') return -1;
  }
  return -1;
}

/** "bình quân" in the subject, not "bình quân đầu người" (per person). */
function averageIn(tokens: readonly TargetToken[], from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (!averageWords.some((words) => wordsAt(tokens, i, words))) continue;
    const next = phraseText(tokens[i + 2]);
    if (next === undefined || !perCapitaWords.has(next)) return true;
  }
  return false;
}

/** "30 ha/năm", "18.000 lao động/năm": a unit per year, but not "triệu đồng/người/năm". */
function perYearUnit(unit: string | null, subject: string | null): boolean {
  if (unit === null || !/\/ ?năm$/i.test(unit) || unit.indexOf('/') !== unit.lastIndexOf('/')) {
    return false;
  }
  return !/người/i.test(unit) && !/người/i.test(subject ?? '');
}

/** "so với năm 2024" inside the subject ("… so với năm 2024 là 20–30%"). */
function comparedInSubject(
  source: string,
  tokens: readonly TargetToken[],
  end: number,
): string | null {
  for (let i = 0; i < end - 1; i++) {
    if (!wordsAt(tokens, i, ['so', 'với'])) continue;
    let stop = i + 2;
    while (stop < end && (tokens[stop] as TargetToken).kind !== 'stop') stop++;
    const words = tokens.slice(i + 2, stop).filter((t) => t.text !== 'là');
    return words.length === 0 ? null : trimClause(spanText(source, words, 0, words.length));
  }
  return null;
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

/** Words after "trên" and a number that make it a denominator ("trên 1 vạn dân"). */
const PER_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['vạn', 'dân', 'ha', 'người']);

/**
 * A number that is more likely context than the figure: a duration ("5 năm", "05 năm"), a
 * denominator ("/10.000 dân", "trên 1 vạn dân").
 */
function isWeakFigure(tokens: readonly TargetToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.kind === 'word' && durationWords.has(next.text)) return true;
  const before = tokens[i - 1];
  if (before?.kind === 'slash') return true;
  return phraseText(before) === 'trên' && PER_WORDS.has(phraseText(next) ?? '');
}

/**
 * The first number that is a figure: not a year, not a directive's number, and not a
 * duration or a denominator unless no other number is there.
 */
function firstFigure(tokens: readonly TargetToken[], years: readonly boolean[]): number {
  let weak = -1;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as TargetToken).kind !== 'number' || years[i] || isDocumentNumber(tokens, i)) {
      continue;
    }
    if (!isWeakFigure(tokens, i)) return i;
    if (weak === -1) weak = i;
  }
  return weak;
}

/** Words before a number that make it the number of a document ("Nghị quyết 05", "số 318"). */
const DOCUMENT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'quyết',
  'định',
  'thị',
  'luận',
  'tư',
  'số',
]);

/** "Nghị quyết 05-NQ/TU", "Quyết định số 318/QĐ-TTg", "Chỉ thị 05": a document's number. */
function isDocumentNumber(tokens: readonly TargetToken[], i: number): boolean {
  const token = tokens[i] as TargetToken;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const coded =
    next !== undefined &&
    next.start === token.end &&
    (next.kind === 'slash' || next.kind === 'dash') &&
    after?.kind === 'word' &&
    after.start === next.end &&
    /^(nq|qđ|ct|kl|tt|nđ|ttg|tu|hu|qh|cp|ubnd|hđnd)\b/.test(after.text);
  const before = phraseText(tokens[i - 1]);
  const named =
    before !== undefined &&
    DOCUMENT_WORDS.has(before) &&
    (before !== 'số' || DOCUMENT_WORDS.has(phraseText(tokens[i - 2]) ?? ''));
  return coded || named;
}

/** The options parseTarget knows: any other key is refused (a misspelling would be ignored). */
const PARSE_TARGET_OPTIONS: readonly string[] = ['measure'];

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
 * Ranges are written "12–13%", "12-13%", "12 - 13%", "07 - 09", "từ 3 đến 4%"; "trở lên" /
 * "trở xuống" after the unit, after "/năm" or "một năm", or after the counted noun make a
 * bound inclusive ("từ 150 đảng viên trở lên", "10% một năm trở lên", "90% gia đình trở
 * lên"), but not after a rating ("85% chi bộ hoàn thành tốt nhiệm vụ trở lên" stays 85).
 *
 * Per year: "mỗi năm", "hằng năm", "bình quân mỗi năm", "/năm" anywhere set `perYear`; so does
 * "bình quân" on a change or a growth rate ("giảm bình quân 1–1,5%/năm", "tốc độ tăng trưởng
 * bình quân giai đoạn 2021–2025 đạt 7%"; not "bình quân đầu người"), a unit per year with one
 * "/" ("30 ha/năm"; not "triệu đồng/người/năm" or "triệu đồng/ha/năm") and a change on the
 * year before ("so với năm trước"). The deadline ("đến năm 2025", "vào năm 2030", "năm 2025,
 * …", "đến 2025") is `byYear`; a base ("so với năm 2020", also before the figure) is
 * `comparedTo`; "từ 7.200 USD năm 2025 lên 12.000–13.000 USD" gives the target and its
 * `baseline`.
 *
 * A "%" change is in percentage points on a rate and in percent of the baseline on an amount
 * or a count. The subject says which ("tỷ lệ", "tỷ trọng", "hộ nghèo", "tốc độ tăng trưởng":
 * points; "thu ngân sách", "giá trị", "kim ngạch", "GRDP", "số …": percent); where it does not,
 * the reading carries a warning until {@link ParseTargetOptions.measure} settles it.
 * "gấp 1,5 lần" is +50 percent of the baseline; "tăng 2 lần" is read the same way, with a
 * warning. "không còn hộ nghèo", "không có chi bộ yếu kém" are a target of zero (at most 0).
 *
 * Never silently wrong: where the words leave the meaning open, the reading carries
 * `warnings` (a "%" change with no subject to settle its basis; "giảm dưới 2%", read as the
 * level to reach; two qualifiers, "khoảng trên 94"; "trên 13% trở lên"); where they name no
 * target it throws ("đô thị loại 4", "top 20", "giảm 2/3 số hộ nghèo", "giảm 2 lần"). Check
 * `warnings` before trusting a reading.
 *
 * The unit is the whole noun phrase after the figure, up to the end of its clause ("xã đạt
 * chuẩn NTM"; "1,5 nghìn tỷ đồng" keeps the scale word: "nghìn tỷ đồng"). "66/112 thôn" is 66
 * (of 112). Years, durations ("5 năm"), a document's number ("Quyết định số 318/QĐ-TTg"), a
 * figure in parentheses ("(8 xã)") and "trên 1 ha" (per hectare) are not a second figure;
 * any other second figure is refused (read a list with {@link parseTargets}). A level marker
 * with a bare figure names that level exactly ("tăng lên 90%" → exact 90); "từ 150" alone
 * reads as "từ 150 trở lên". The text is normalised first (NFC, every Unicode space a space,
 * zero-width characters removed) and read case-insensitively; subject and unit keep the case
 * they were written in.
 *
 * @category Targets
 * @param text - the phrase, at most 500 characters
 * @param options - the measure of the quantity, for "%" changes
 * @returns the target, unit, subject, flags and warnings
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
 * parseTarget('Thu ngân sách tăng bình quân 10%/năm').target.basis;
 * //=> 'percent'
 * parseTarget('tăng 10% so với năm trước').warnings.length;
 * //=> 1
 * parseTarget('tăng 10% so với năm trước', { measure: 'amount' }).target.basis;
 * //=> 'percent'
 * parseTarget('đến năm 2025 đạt 60 triệu đồng').byYear;
 * //=> 2025
 * parseTarget('mỗi năm kết nạp từ 90 - 100 đảng viên').perYear;
 * //=> true
 * parseTarget('trên địa bàn');
 * // throws ChitieuError unparseable-target
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): ParsedTarget {
  checkOptionKeys(options, PARSE_TARGET_OPTIONS);
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
  markBareYears(tokens, years);
  const first = firstFigure(tokens, years);
  if (first === -1) return zeroTarget(source, tokens);
  return readTarget(source, tokens, years, first, measure);
}

/** Read the target whose first figure is at `first`. */
function readTarget(
  source: string,
  tokens: readonly TargetToken[],
  years: readonly boolean[],
  first: number,
  measure: Measure | undefined,
): ParsedTarget {
  const warnings: string[] = [];
  const head = readHead(source, tokens, first);
  if (zeroPhraseAt(tokens, head.subjectEnd) !== -1) {
    throw unreadable(
      source,
      'one target; "không còn/không có …" with a figure names a count to bring to zero',
    );
  }
  let figures = readFigures(source, tokens, first);
  let baseline: Decimal | null = null;
  let qualifier = head.qualifier;
  const second =
    head.qualifier?.kind === 'from' && figures.second === undefined
      ? targetAfterBaseline(tokens, years, figures.next)
      : -1;
  if (second !== -1) {
    baseline = figures.first;
    qualifier = readHead(source, tokens, second).qualifier;
    figures = readFigures(source, tokens, second);
  }
  const tail = readTail(source, tokens, years, figures);
  const level = levelOfFigures(source, figures, qualifier, head.stacked, tail.modifier, warnings);
  const measured =
    subjectMeasure(tokens, 0, head.subjectEnd) ??
    subjectMeasure(tokens, tail.ofPercent.from, tail.ofPercent.to);
  if (
    figures.total !== undefined &&
    (head.marker?.kind === 'change' || /^(tổng )?số\b/i.test(figures.unit.text ?? ''))
  ) {
    throw unreadable(source, 'a figure, not a fraction ("2/3 số hộ nghèo")');
  }
  const target = targetOf(
    source,
    level,
    {
      marker: head.marker,
      multiple: head.multiple,
      times: figures.unit.text?.toLowerCase() === 'lần',
      percent: figures.unit.percent,
      unit: figures.unit.text,
      compared: tail.compared,
      measure,
      subject: measured,
    },
    warnings,
  );
  const ofPercent = spanText(source, tokens, tail.ofPercent.from, tail.ofPercent.to);
  const { subject, perYear } = subjectOf(source, tokens, head.subjectEnd, ofPercent);
  if (/(^| )gấp( |$)/i.test(subject ?? '')) {
    warnings.push('a multiple ("gấp …") is written before the figure and was not read');
  }
  if (tail.rest !== null && /^và /i.test(tail.rest)) {
    warnings.push(
      `the phrase goes on after the target ("${tail.rest}"): another target may be written there`,
    );
  }
  const comparedTo = tail.comparedTo ?? comparedInSubject(source, tokens, head.subjectEnd);
  const yearOnYear =
    /năm trước|cùng kỳ/i.test(comparedTo ?? '') || /so (với )?năm trước/i.test(subject ?? '');
  const averaged =
    (head.average || averageIn(tokens, 0, head.subjectEnd)) &&
    (target.kind === 'change' || measured === 'growth');
  return Object.freeze({
    target: Object.freeze(
      target.kind === 'change' ? { ...target, by: Object.freeze(target.by) } : target,
    ),
    unit: figures.unit.text,
    subject,
    perYear:
      head.perYear ||
      tail.perYear ||
      perYear ||
      averaged ||
      yearOnYear ||
      perYearUnit(figures.unit.text, subject),
    text: source,
    comparedTo,
    rest: tail.rest,
    byYear: deadlineYear(tokens, years, 0, tokens.length),
    baseline,
    warnings: Object.freeze(warnings),
  });
}
