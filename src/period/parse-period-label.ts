import { chitieuError } from '../errors.js';
import { normalizeText } from '../text/normalize-text.js';
import { periodProblem } from './check-period.js';
import type { Period } from './period-schema.js';
import { QUARTER_NUMERALS } from './quarter-numerals.js';

/** @internal Longest label {@link parsePeriodLabel} reads. */
export const MAX_PERIOD_LABEL_LENGTH = 200;

const EXPECTED =
  'a Vietnamese period label such as "năm 2021", "6 tháng đầu năm 2020", "quý III năm 2021", ' +
  '"tháng 3 năm 2021", "9 tháng đầu năm 2022", "giai đoạn 2021–2025" or "nhiệm kỳ 2020–2025"';

// The text is normalised first (NFC, lower case, single spaces), so the patterns are plain
// and anchored: no nested quantifiers, linear time.
const YEAR = /^năm (\d{4})$/;
const HALF = /^(?:6|sáu) tháng (?:(đầu|cuối) )?năm (\d{4})$/;
const QUARTER = /^(?:quý|qúy) (i|ii|iii|iv|0?[1-4])(?: năm | ?\/ ?)(\d{4})$/;
const MONTH = /^tháng (0?[1-9]|1[0-2])(?: năm | ?\/ ?)(\d{4})$/;
const NINE_MONTHS = /^(?:9|chín) tháng (?:đầu )?năm (\d{4})$/;
const MULTI_YEAR = /^(giai đoạn|nhiệm kỳ|nhiệm kì) (\d{4}) ?[-–—−] ?(\d{4})$/;

function quarterOf(text: string): 1 | 2 | 3 | 4 {
  const roman = QUARTER_NUMERALS.indexOf(text.toUpperCase() as (typeof QUARTER_NUMERALS)[number]);
  return (roman >= 0 ? roman + 1 : Number(text)) as 1 | 2 | 3 | 4;
}

function read(text: string): unknown {
  let m = YEAR.exec(text);
  if (m !== null) return { kind: 'year', year: Number(m[1]) };
  m = HALF.exec(text);
  if (m !== null) return { kind: 'half', year: Number(m[2]), half: m[1] === 'cuối' ? 2 : 1 };
  m = QUARTER.exec(text);
  if (m !== null) return { kind: 'quarter', year: Number(m[2]), quarter: quarterOf(m[1] ?? '') };
  m = MONTH.exec(text);
  if (m !== null) return { kind: 'month', year: Number(m[2]), month: Number(m[1]) };
  m = NINE_MONTHS.exec(text);
  if (m !== null) return { kind: 'nine-months', year: Number(m[1]) };
  m = MULTI_YEAR.exec(text);
  if (m !== null) {
    return {
      kind: m[1] === 'giai đoạn' ? 'stage' : 'term',
      startYear: Number(m[2]),
      endYear: Number(m[3]),
    };
  }
  return undefined;
}

/**
 * Read a Vietnamese period label back into a {@link Period}: every label
 * {@link periodLabel} writes, and the variants reports use. Case does not matter, spaces
 * may be doubled, and a range may use a hyphen or a dash.
 *
 * - "năm 2021"
 * - "6 tháng đầu năm 2020", "6 tháng cuối năm 2020", and "6 tháng năm 2020" (the first
 *   half, as in "sơ kết 6 tháng năm 2020")
 * - "quý III năm 2021", "quý 3 năm 2021", "quý I/2024"
 * - "tháng 3 năm 2021", "tháng 03/2021"
 * - "9 tháng đầu năm 2022", "9 tháng năm 2022"
 * - "giai đoạn 2021–2025", "giai đoạn 2021 - 2025"
 * - "nhiệm kỳ 2020–2025", "nhiệm kỳ 2021 - 2026" (also spelt "nhiệm kì")
 *
 * @category Periods
 * @param text - the label, at most 200 characters
 * @returns the period, frozen
 * @throws {@link ChitieuError} `invalid-period` for text that is not a period label or names
 * an impossible one (year outside 1900–2200, a term that ends before it starts),
 * `input-too-long` past 200 characters
 * @example
 * ```ts
 * parsePeriodLabel('6 tháng cuối năm 2020');
 * //=> { kind: 'half', year: 2020, half: 2 }
 * parsePeriodLabel('Quý III năm 2021');
 * //=> { kind: 'quarter', year: 2021, quarter: 3 }
 * parsePeriodLabel('nhiệm kỳ 2021 - 2026');
 * //=> { kind: 'term', startYear: 2021, endYear: 2026 }
 * parsePeriodLabel('giai đoạn 2025 - 2021');
 * // throws ChitieuError invalid-period
 * parsePeriodLabel('năm ngoái');
 * // throws ChitieuError invalid-period
 * ```
 */
export function parsePeriodLabel(text: string): Period {
  if (typeof text !== 'string') {
    throw chitieuError('invalid-period', EXPECTED, { received: text });
  }
  if (text.length > MAX_PERIOD_LABEL_LENGTH) {
    throw chitieuError(
      'input-too-long',
      `a period label of at most ${MAX_PERIOD_LABEL_LENGTH} characters`,
      { received: text, details: { length: text.length } },
    );
  }
  const normalised = normalizeText(text).toLowerCase().replace(/ +/g, ' ').trim();
  const period = read(normalised);
  if (period === undefined) {
    throw chitieuError('invalid-period', EXPECTED, { received: text, details: { text } });
  }
  const problem = periodProblem(period);
  if (problem !== undefined) {
    throw chitieuError('invalid-period', `a period label naming ${problem.expected}`, {
      received: text,
      details: { text, field: problem.path.join('.'), value: problem.received },
    });
  }
  return Object.freeze(period) as Period;
}
