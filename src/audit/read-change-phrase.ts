import { checkOptionsObject } from '../attainment/option-checks.js';
import { ChitieuError, chitieuError, type ErrorPath } from '../errors.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import { Decimal } from '../numeric/decimal.js';
import { isSpaceCode } from '../text/characters.js';
import { normalizeText } from '../text/normalize-text.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { ChangePhrase } from './change-phrase-schema.js';

/** Longest phrase read; longer input is rejected before any scanning. */
const MAX_LENGTH = 500;

const EXPECTED =
  'a change phrase: tăng / giảm / tăng thêm / giảm thêm / có thêm / thêm, a number in Vietnamese notation, an optional unit and "so với …" ("tăng 19 tiêu chí so với năm 2020", "giảm 1,02%")';

/** Verbs, longest first so "tăng thêm" is not read as "tăng" + "thêm". */
const VERBS: readonly (readonly [string, 'increase' | 'decrease'])[] = [
  ['tăng thêm', 'increase'],
  ['giảm thêm', 'decrease'],
  ['có thêm', 'increase'],
  ['tăng', 'increase'],
  ['giảm', 'decrease'],
  ['thêm', 'increase'],
];

/** Words after the verb that make the phrase name a level, not a change ("tăng lên 90%"). */
const LEVEL_WORDS: readonly string[] = ['lên', 'xuống', 'còn', 'đến', 'tới'];

const COMPARED = 'so với';

/**
 * Options for {@link readChangePhrase}.
 *
 * @category Audit
 */
export interface ReadChangePhraseOptions {
  /** Where the text sits in a larger input, for the error path. */
  readonly path?: ErrorPath;
}

function fail(text: unknown, path: ErrorPath, reason?: string): ChitieuError {
  return chitieuError(
    'unparseable-target',
    reason === undefined ? EXPECTED : `${EXPECTED}, but ${reason}`,
    {
      received: text,
      path,
      details: reason === undefined ? { text } : { text, reason },
      heading: 'Unreadable change phrase (tăng / giảm)',
    },
  );
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && isSpaceCode(c.charCodeAt(0));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The options readChangePhrase knows: any other key is refused (a misspelling would be ignored). */
const READ_CHANGE_PHRASE_OPTIONS: readonly string[] = ['path'];

/**
 * Read a published change written in Vietnamese: a verb (tăng, giảm, tăng thêm, giảm thêm,
 * có thêm, thêm), a number in Vietnamese notation, an optional unit ("tiêu chí", "%",
 * "điểm phần trăm") and an optional "so với …" naming what it is compared with. Surrounding
 * parentheses and a final full stop are ignored, and so is letter case.
 *
 * It reads changes only: "tăng lên 90%" and "giảm xuống 5%" name the level reached, and a
 * range ("giảm 1–1,5%") is a target, not a published change; both are rejected. The reader
 * is linear (no backtracking) and stops at 500 characters.
 *
 * @category Audit
 * @param text - the phrase ("tăng 121 đảng viên so với năm 2020")
 * @param options - the error path
 * @returns the direction, the number, signed, the unit and the comparison
 * @throws {@link ChitieuError} `unparseable-target` when the phrase cannot be read,
 * `input-too-long` past 500 characters
 * @example
 * ```ts
 * readChangePhrase('tăng 121 đảng viên so với năm 2020');
 * //=> { direction: 'increase', value: '121', unit: 'đảng viên', comparedWith: 'năm 2020' }
 * readChangePhrase('giảm 1,02%').value.toString();
 * //=> '-1.02'
 * readChangePhrase('(tăng 19 tiêu chí so với năm 2020)').unit;
 * //=> 'tiêu chí'
 * readChangePhrase('tăng lên 90%');
 * // throws ChitieuError unparseable-target
 * ```
 */
export function readChangePhrase(
  text: string,
  options: ReadChangePhraseOptions = {},
): ChangePhrase {
  checkOptionKeys(options, READ_CHANGE_PHRASE_OPTIONS);
  checkOptionsObject(options);
  const path = options.path ?? [];
  if (typeof text !== 'string') throw fail(text, path);
  if (text.length > MAX_LENGTH) {
    throw chitieuError('input-too-long', `at most ${MAX_LENGTH} characters for a change phrase`, {
      received: text,
      path,
    });
  }
  let s = normalizeText(text).trim();
  while (s.endsWith('.') || s.endsWith(';') || s.endsWith(',')) s = s.slice(0, -1).trimEnd();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const lower = s.toLowerCase();
  // Keep the caller's letter case in unit and comparison when lower-casing kept positions.
  const original = lower.length === s.length ? s : lower;

  const verbEntry = VERBS.find(
    ([verb]) =>
      lower.startsWith(verb) && (isSpace(lower[verb.length]) || lower.length === verb.length),
  );
  if (verbEntry === undefined) throw fail(text, path, 'it does not start with tăng / giảm');
  const [verb, direction] = verbEntry;
  let i = verb.length;
  while (isSpace(lower[i])) i++;
  const levelWord = LEVEL_WORDS.find(
    (w) => lower.startsWith(w, i) && !isDigit(lower[i + w.length]),
  );
  if (levelWord !== undefined) {
    throw fail(text, path, `"${verb} ${levelWord}" names the level reached, not a change`);
  }

  const numberStart = i;
  while (i < lower.length && (isDigit(lower[i]) || lower[i] === '.' || lower[i] === ',')) i++;
  let numberText = lower.slice(numberStart, i);
  while (numberText.endsWith('.') || numberText.endsWith(',')) numberText = numberText.slice(0, -1);
  if (!isDigit(numberText[0])) throw fail(text, path, 'there is no number after the verb');
  let magnitude: Decimal;
  try {
    magnitude = parseViNumber(numberText);
  } catch (error) {
    if (error instanceof ChitieuError)
      throw fail(text, path, `"${numberText}" is not a number in Vietnamese notation`);
    throw error;
  }
  i = numberStart + numberText.length;

  let unit: string | null = null;
  while (isSpace(lower[i])) i++;
  if (lower[i] === '%') {
    unit = '%';
    i++;
    while (isSpace(lower[i])) i++;
  }
  let comparedWith: string | null = null;
  const restLower = lower.slice(i);
  const rest = original.slice(i);
  const at = restLower.startsWith(COMPARED) ? 0 : restLower.indexOf(` ${COMPARED}`);
  let unitText = rest;
  if (at !== -1) {
    const start = at === 0 ? 0 : at + 1;
    unitText = rest.slice(0, at).trim();
    comparedWith = rest.slice(start + COMPARED.length).trim();
    if (comparedWith === '') throw fail(text, path, 'nothing follows "so với"');
  }
  if (unitText !== '') {
    if (unit !== null) throw fail(text, path, `"${unitText}" follows the "%"`);
    if (!/^\p{L}/u.test(unitText)) throw fail(text, path, `"${unitText}" follows the number`);
    unit = unitText;
  }
  const value = direction === 'decrease' && !magnitude.isZero() ? magnitude.neg() : magnitude;
  return {
    text,
    verb,
    direction,
    magnitude,
    value: value.isZero() ? new Decimal(0) : value,
    unit,
    comparedWith,
  };
}
