import { chitieuError } from '../errors.js';
import { formatDecimalVi } from '../notation/format-vi-number.js';
import { Decimal } from '../numeric/decimal.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import {
  checkText,
  choiceOption,
  flagOption,
  NOT_MET_WORDS,
  readOptions,
  textOption,
} from './report-options.js';

/**
 * The counts {@link describeScorecard} needs: a {@link Scorecard}, a
 * {@link PublishedScorecard}, or any `{ total, attained }` with optional `notMet` and
 * `pending`. When `notMet` is absent it is taken as `total − attained − pending`.
 *
 * @category Report
 */
export interface ScorecardCounts {
  readonly total: number;
  readonly attained: number;
  readonly notMet?: number | undefined;
  readonly pending?: number | undefined;
}

/**
 * Options of {@link describeScorecard}.
 *
 * @category Report
 */
export interface DescribeScorecardOptions {
  /**
   * `'met-first'` (default): "đạt và vượt kế hoạch"; `'exceeded-first'`: "vượt và đạt kế
   * hoạch". Both are used in reports and mean the same.
   */
  readonly order?: 'met-first' | 'exceeded-first';
  /** What is counted; `'chỉ tiêu'` unless given ("tiêu chí", "nhiệm vụ"). */
  readonly noun?: string;
  /** Words after the noun: `'kinh tế - xã hội'` gives "32/39 chỉ tiêu kinh tế - xã hội …". */
  readonly qualifier?: string;
  /**
   * Names of the items short of plan. Adds "; 7 chỉ tiêu chưa đạt: a, b, …" (all named) or
   * "; 7 chỉ tiêu chưa đạt, trong đó có: a, b" (some named).
   */
  readonly shortfalls?: readonly string[];
  /** Add "; 7 chỉ tiêu chưa đạt" even without names; true when `shortfalls` is given. */
  readonly mentionNotMet?: boolean;
  /** `'chưa đạt'` (default, "not yet met") or `'không đạt'` ("not met") for the shortfall clause. */
  readonly notMetWord?: 'chưa đạt' | 'không đạt';
}

function checkCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw chitieuError(
      'invalid-argument',
      `a whole number that is not negative (and at most 2^53 − 1) for ${name}`,
      { received: value, path: ['card', name] },
    );
  }
  return value;
}

const ORDERS: readonly ('met-first' | 'exceeded-first')[] = ['met-first', 'exceeded-first'];

/** The names of the items short of plan: absent, or an array of non-empty strings. */
function shortfallNames(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    throw chitieuError('invalid-argument', 'an array of names for shortfalls', {
      received: value,
      path: ['options', 'shortfalls'],
    });
  }
  return value.map((name: unknown, i) => checkText(name, ['options', 'shortfalls', i]));
}

/** Print a count the Vietnamese way ("1.234"). */
function count(n: number): string {
  return formatDecimalVi(new Decimal(n));
}

/** The options describeScorecard knows: any other key is refused (a misspelling would be ignored). */
const DESCRIBE_SCORECARD_OPTIONS: readonly string[] = [
  'mentionNotMet',
  'notMetWord',
  'noun',
  'order',
  'qualifier',
  'shortfalls',
];

/**
 * Say a scorecard in Vietnamese, as reports do: "32/39 chỉ tiêu đạt và vượt kế hoạch",
 * "18/31 chỉ tiêu vượt và đạt kế hoạch" (exceeded-first), "32/39 chỉ tiêu kinh tế - xã hội
 * đạt và vượt kế hoạch" (qualifier). Not-met items are added with their names when
 * `shortfalls` is given ("…; 2 chỉ tiêu chưa đạt: a, b"), and items not assessed always are
 * ("…; 2 chỉ tiêu chưa có số liệu"). A plan with no items gives "không có chỉ tiêu nào".
 * The phrase is lower case, to sit inside a sentence ("Năm 2021 có …").
 *
 * @category Report
 * @param card - the counts: a {@link Scorecard} or the published `{ total, attained }`
 * @param options - order, noun, qualifier, shortfalls, mentionNotMet, notMetWord
 * @returns the Vietnamese phrase
 * @throws {@link ChitieuError} `invalid-argument` for counts that are not whole numbers ≥ 0
 * (and safe integers, ≤ 2^53 − 1; path `['card', …]`), that add up to more than `total`, bad
 * options (path `['options', …]`), or more shortfall names than not-met items
 * @example
 * ```ts
 * describeScorecard({ total: 39, attained: 32 });
 * //=> '32/39 chỉ tiêu đạt và vượt kế hoạch'
 * describeScorecard({ total: 31, attained: 18 }, { order: 'exceeded-first' });
 * //=> '18/31 chỉ tiêu vượt và đạt kế hoạch'
 * describeScorecard({ total: 39, attained: 32 }, { qualifier: 'kinh tế - xã hội' });
 * //=> '32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch'
 * describeScorecard({ total: 5, exceeded: 2, met: 1, attained: 3, notMet: 2, pending: 0 }, { shortfalls: ['thu ngân sách', 'tổng vốn đầu tư'] });
 * //=> '3/5 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa đạt: thu ngân sách, tổng vốn đầu tư'
 * describeScorecard({ total: 8, attained: 5, notMet: 1, pending: 2 });
 * //=> '5/8 chỉ tiêu đạt và vượt kế hoạch; 2 chỉ tiêu chưa có số liệu'
 * describeScorecard({ total: 3, attained: 4 });
 * // throws ChitieuError invalid-argument
 * describeScorecard({ total: 2 ** 60, attained: 1 });
 * // throws ChitieuError invalid-argument
 * ```
 */
export function describeScorecard(
  card: ScorecardCounts,
  options: DescribeScorecardOptions = {},
): string {
  checkOptionKeys(options, DESCRIBE_SCORECARD_OPTIONS);
  if (typeof card !== 'object' || card === null || Array.isArray(card)) {
    throw chitieuError('invalid-argument', 'a scorecard { total, attained, notMet?, pending? }', {
      received: card,
      path: ['card'],
    });
  }
  const total = checkCount(card.total, 'total');
  const attained = checkCount(card.attained, 'attained');
  const pending = card.pending === undefined ? 0 : checkCount(card.pending, 'pending');
  const notMet =
    card.notMet === undefined ? total - attained - pending : checkCount(card.notMet, 'notMet');
  if (notMet < 0 || attained + notMet + pending > total) {
    throw chitieuError(
      'invalid-argument',
      `attained + notMet + pending not to exceed total (${total})`,
      { received: attained + Math.max(notMet, 0) + pending, path: ['card', 'attained'] },
    );
  }
  const o = readOptions(options);
  const noun = textOption(o, 'noun') ?? 'chỉ tiêu';
  const qualifier = textOption(o, 'qualifier');
  const order = choiceOption(o, 'order', ORDERS, 'met-first');
  const notMetWord = choiceOption(o, 'notMetWord', NOT_MET_WORDS, 'chưa đạt');
  const names = shortfallNames(o.shortfalls);
  const mentionNotMet = flagOption(o, 'mentionNotMet') ?? names !== undefined;
  if (names !== undefined && names.length > notMet) {
    throw chitieuError(
      'invalid-argument',
      `at most ${notMet} shortfall name(s), one per item not met`,
      { received: names.length, path: ['options', 'shortfalls'] },
    );
  }
  const counted = qualifier === undefined ? noun : `${noun} ${qualifier}`;
  if (total === 0) return `không có ${counted} nào`;

  const verb = order === 'met-first' ? 'đạt và vượt' : 'vượt và đạt';
  let out = `${count(attained)}/${count(total)} ${counted} ${verb} kế hoạch`;
  if (mentionNotMet && notMet > 0) {
    out += `; ${count(notMet)} ${noun} ${notMetWord}`;
    const n = names?.length ?? 0;
    if (n === notMet) out += `: ${names?.join(', ')}`;
    else if (n > 0) out += `, trong đó có: ${names?.join(', ')}`;
  }
  if (pending > 0) out += `; ${count(pending)} ${noun} chưa có số liệu`;
  return out;
}
