import { change } from '../attainment/change.js';
import { checkOptionsObject } from '../attainment/option-checks.js';
import { chitieuError } from '../errors.js';
import type { Measure } from '../indicator/measure-schema.js';
import { MEASURES } from '../indicator/measure-values.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import { readFigure } from '../notation/read-figure.js';
import type { Decimal, Numeric } from '../numeric/decimal.js';
import { roundTo } from '../numeric/round-to.js';
import { checkDecimals, type Rounding } from '../numeric/rounding.js';
import { toDecimal } from '../numeric/to-decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import type { ChangeBasis, ChangeCheck } from './change-check-schema.js';
import { checkModes } from './check-modes.js';
import { decimalsLabel, listWords, roundingTerms, signed } from './explain.js';
import { readChangePhrase } from './read-change-phrase.js';

/**
 * Options for {@link checkChange}.
 *
 * @category Audit
 */
export interface CheckChangeOptions {
  /**
   * What the indicator measures. For a `rate` the change is in percentage points; for a
   * `count` or `amount` it is in units, and a phrase in "%" is then a relative change, which
   * this check refuses (`unit-mismatch`): check it with `reconcilePercent`. Unless given,
   * a phrase in "%" or "điểm phần trăm" is read as points and anything else as units.
   */
  readonly measure?: Measure;
  /**
   * Compare at this many decimal places instead of exactly: the computed change, rounded
   * with one of `modes`, must print the published one.
   */
  readonly decimals?: number;
  /** The rounding modes tried with `decimals`; `['half-up', 'truncate']` unless given. */
  readonly modes?: readonly Rounding[];
}

const POINT_UNITS: readonly string[] = ['%', 'điểm phần trăm', 'điểm %', 'điểm'];
const DEFAULT_MODES: readonly Rounding[] = ['half-up', 'truncate'];

interface PublishedChange {
  readonly value: Decimal;
  readonly text: string | null;
  readonly unit: string | null;
  readonly comparedWith: string | null;
}

function readPublished(published: string | Numeric): PublishedChange {
  const path = ['publishedChange'];
  if (typeof published !== 'string') {
    return { value: toDecimal(published, path), text: null, unit: null, comparedWith: null };
  }
  const trimmed = published.trim();
  if (/^[+\-\u2212]?\d/.test(trimmed)) {
    const value = parseViNumber(trimmed, { path });
    return { value, text: trimmed, unit: trimmed.endsWith('%') ? '%' : null, comparedWith: null };
  }
  const phrase = readChangePhrase(published, { path });
  return {
    value: phrase.value,
    text: published,
    unit: phrase.unit,
    comparedWith: phrase.comparedWith,
  };
}

function basisOf(unit: string | null, measure: Measure | undefined): ChangeBasis {
  const pointUnit = unit !== null && POINT_UNITS.includes(unit.toLowerCase());
  if (pointUnit) {
    if (measure === 'count' || measure === 'amount') {
      throw chitieuError(
        'unit-mismatch',
        `a change in units for this ${measure} indicator (a change in "${unit}" of a count or amount is relative, tốc độ tăng: check it with reconcilePercent(published, current − previous, previous))`,
        { received: unit, path: ['publishedChange'] },
      );
    }
    return 'points';
  }
  if (measure === 'rate') {
    if (unit !== null) {
      throw chitieuError(
        'unit-mismatch',
        'a change of a rate in percentage points ("%", "điểm phần trăm")',
        { received: unit, path: ['publishedChange'] },
      );
    }
    return 'points';
  }
  return 'absolute';
}

function show(x: Decimal): string {
  return x.isNegative() ? `(${x.toFixed()})` : x.toFixed();
}

/** The options checkChange knows: any other key is refused (a misspelling would be ignored). */
const CHECK_CHANGE_OPTIONS: readonly string[] = ['decimals', 'measure', 'modes'];

/**
 * Check a published change against the two figures it compares: "381 tiêu chí đạt chuẩn
 * (tăng 19 tiêu chí so với năm 2020)" with last year's 362; "tỷ lệ hộ nghèo còn 3,96%, giảm
 * 1,02%" with 4,98%. With `previous` null it only works out the previous figure the
 * publication implies (381, "tăng 19" → 362; 3,96, "giảm 1,02%" → 4,98).
 *
 * The published change is a signed number (−1.02) or the Vietnamese phrase itself, read with
 * {@link readChangePhrase} ("tăng 19 tiêu chí", "giảm 1,02%", "tăng 121 đảng viên so với năm
 * 2020"); a string starting with a digit or sign is a Vietnamese number ("-1,02"). The change
 * of a rate is in percentage points (DOMAIN §4.2): "giảm 1,02%" of a poverty rate is 4,98 →
 * 3,96, not a 1,02 % relative fall.
 *
 * The figures are numbers, Decimals or strings in JavaScript notation, while the phrase is
 * in Vietnamese notation: a figure string that reads differently in the two ("3.365",
 * "1.234.567", "12,5") is refused (`invalid-number`, with a hint to read it with
 * {@link parseViNumber}). An implied previous figure below zero is kept but named in
 * `warnings` (a count cannot have been negative: usually a figure in the wrong notation).
 *
 * By default the comparison is exact: reports print a change as the difference of two
 * figures at the same precision, so any gap is a discrepancy. When the figures carry more
 * decimals than the published change, give `options.decimals`: the computed change then only
 * has to print the published one under one of `options.modes` (1.016 prints "1,02" half-up,
 * not truncated).
 *
 * @category Audit
 * @param current - this period's figure (381; 3.96)
 * @param previous - the earlier figure (362; 4.98), or null when unknown
 * @param publishedChange - the published change, signed number or Vietnamese phrase
 * @param options - the measure, and decimals/modes for a rounded comparison
 * @returns the computed and published changes, their difference, the implied previous
 * figure and a verdict
 * @throws {@link ChitieuError} `invalid-number` for bad figures or a figure string that
 * reads differently in JavaScript and Vietnamese notation, `unparseable-target` for an
 * unreadable phrase, `unit-mismatch` for a phrase in "%" on a count or amount,
 * `invalid-argument` for bad decimals or modes
 * @example
 * ```ts
 * checkChange(381, 362, 'tăng 19 tiêu chí so với năm 2020').verdict;
 * //=> 'consistent'
 * checkChange(381, null, 'tăng 19').impliedPrevious.toString();
 * //=> '362'
 * checkChange('3.96', null, 'giảm 1,02%').impliedPrevious.toString();
 * //=> '4.98'
 * checkChange(169, 50, 'tăng 121 đảng viên').difference?.toString();
 * //=> '-2'
 * checkChange('3.96', 4.976, -1.02, { measure: 'rate', decimals: 2 }).matches;
 * //=> ['half-up']
 * checkChange(80, 71, 'tăng 12%', { measure: 'amount' });
 * // throws ChitieuError unit-mismatch
 * checkChange('3.365', null, 'tăng 119');
 * // throws ChitieuError invalid-number
 * checkChange(parseViNumber('3.365'), null, 'tăng 119').impliedPrevious.toString();
 * //=> '3246'
 * ```
 */
export function checkChange(
  current: Numeric,
  previous: Numeric,
  publishedChange: string | Numeric,
  options?: CheckChangeOptions,
): Exclude<ChangeCheck, { verdict: 'unchecked' }>;
export function checkChange(
  current: Numeric,
  previous: null,
  publishedChange: string | Numeric,
  options?: CheckChangeOptions,
): Extract<ChangeCheck, { verdict: 'unchecked' }>;
export function checkChange(
  current: Numeric,
  previous: Numeric | null,
  publishedChange: string | Numeric,
  options?: CheckChangeOptions,
): ChangeCheck;
export function checkChange(
  current: Numeric,
  previous: Numeric | null,
  publishedChange: string | Numeric,
  options: CheckChangeOptions = {},
): ChangeCheck {
  checkOptionKeys(options, CHECK_CHANGE_OPTIONS);
  const cur = readFigure(current, ['current']);
  const prev = previous === null ? null : readFigure(previous, ['previous']);
  checkOptionsObject(options);
  const measure = options.measure;
  if (measure !== undefined && !MEASURES.includes(measure)) {
    throw chitieuError('invalid-argument', `a measure (${MEASURES.join(', ')})`, {
      received: measure,
      path: ['options', 'measure'],
    });
  }
  const published = readPublished(publishedChange);
  const basis = basisOf(published.unit, measure);
  const decimals =
    options.decimals === undefined
      ? null
      : checkDecimals(options.decimals, ['options', 'decimals']);
  const publishedDecimals = published.value.decimalPlaces();
  if (decimals !== null && publishedDecimals > decimals) {
    throw chitieuError(
      'invalid-argument',
      `at least ${publishedDecimals} decimal place${publishedDecimals === 1 ? '' : 's'}, as many as the published change has`,
      { received: decimals, path: ['options', 'decimals'] },
    );
  }
  const modes = checkModes(options.modes ?? DEFAULT_MODES);

  const impliedPrevious = cur.minus(published.value);
  const quoted =
    published.text === null
      ? signed(published.value)
      : `"${published.text.trim()}" (${signed(published.value)})`;
  const unitWords =
    basis === 'points'
      ? ' points (điểm phần trăm)'
      : published.unit === null
        ? ''
        : ` ${published.unit}`;
  const implied = `implies a previous figure of ${impliedPrevious.toFixed()} (${cur.toFixed()} − ${show(published.value)})`;
  const base = {
    current: cur,
    published: published.value,
    publishedText: published.text,
    unit: published.unit,
    comparedWith: published.comparedWith,
    basis,
    impliedPrevious,
    decimals,
    warnings: impliedPrevious.isNegative()
      ? [
          `the implied previous figure ${impliedPrevious.toFixed()} is negative: check that the current figure ${cur.toFixed()} and the change are in one notation ("3.365" is 3365 in Vietnamese notation; read it with parseViNumber)`,
        ]
      : [],
  };
  if (prev === null) {
    return {
      ...base,
      verdict: 'unchecked',
      consistent: null,
      previous: null,
      computed: null,
      difference: null,
      matches: [],
      explanation: `Published change ${quoted} on a current figure of ${cur.toFixed()} ${implied}; no previous figure to check it against`,
    };
  }
  const computed = change(cur, prev).absolute;
  const difference = computed.minus(published.value);
  let consistent: boolean;
  let matches: Rounding[] = [];
  let verdictWords: string;
  if (decimals === null) {
    consistent = difference.isZero();
    verdictWords = consistent ? 'agrees' : `differs by ${signed(difference)}`;
  } else {
    matches = modes.filter((mode) => roundTo(computed, decimals, mode).eq(published.value));
    consistent = matches.length > 0;
    const terms = listWords(matches.map((m) => roundingTerms[m]));
    verdictWords = consistent
      ? `agrees at ${decimalsLabel(decimals)} under ${terms}`
      : `differs at ${decimalsLabel(decimals)} under ${listWords(
          modes.map((m) => roundingTerms[m]),
          'or',
        )} (by ${signed(difference)})`;
  }
  return {
    ...base,
    verdict: consistent ? 'consistent' : 'unreproducible',
    consistent,
    previous: prev,
    computed,
    difference,
    matches,
    explanation: `${cur.toFixed()} − ${show(prev)} = ${signed(computed)}${unitWords}; published ${quoted} ${verdictWords}${
      consistent ? '' : `; it ${implied}`
    }`,
  };
}
