import { chitieuError } from '../errors.js';
import { parseViNumber } from '../notation/parse-vi-number.js';
import { checkCount, checkRecord } from '../validation/check-argument.js';
import type { PublishedTally, StatusTallyCheck, TallyStatus } from './status-tally-check-schema.js';

const TALLY_TEXT = 'a tally "attained/total" of whole numbers ("32/39", "32/39 chỉ tiêu")';

/** Read "32/39" or "32/39 chỉ tiêu đạt và vượt": two whole numbers around a "/". */
function readTallyText(text: string): PublishedTally {
  const path = ['published'];
  const fail = () => chitieuError('invalid-argument', TALLY_TEXT, { received: text, path });
  if (text.length > 500) throw fail();
  const slash = text.indexOf('/');
  if (slash === -1) throw fail();
  const left = text.slice(0, slash).trim();
  let end = slash + 1;
  while (end < text.length && text[end] === ' ') end++;
  const start = end;
  while (end < text.length && /[\d.]/.test(text[end] as string)) end++;
  const right = text.slice(start, end);
  let attained: number;
  let total: number;
  try {
    attained = parseViNumber(left).toNumber();
    total = parseViNumber(right).toNumber();
  } catch {
    throw fail();
  }
  if (!Number.isSafeInteger(attained) || !Number.isSafeInteger(total) || attained > total) {
    throw fail();
  }
  return { attained, total };
}

const TALLY_OBJECT =
  'a published tally { attained, total } of whole numbers, attained not above total';

/**
 * A published tally given as an object: two counts, attained not above total (what
 * `publishedTallySchema` states, checked without zod).
 */
function readTallyObject(published: unknown): PublishedTally {
  const path = ['published'];
  const record = checkRecord(published, TALLY_OBJECT, path);
  const attained = checkCount(record.attained, [...path, 'attained']);
  const total = checkCount(record.total, [...path, 'total']);
  if (attained > total) {
    throw chitieuError('invalid-argument', 'attained not above total', {
      received: `${attained}/${total}`,
      path: [...path, 'attained'],
    });
  }
  return { attained, total };
}

/**
 * Check a published scorecard ("32/39 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch")
 * against the statuses of the indicators: the attained count must be the number of `met`
 * and `exceeded` ("đạt và vượt"), and the total the length of the list (`pending` items
 * count in the total, not as attained).
 *
 * @category Audit
 * @param statuses - one status per indicator: 'exceeded', 'met', 'not-met' or 'pending' (map
 * a list of attainments with `.map((a) => a.status)`)
 * @param published - the published figure: `{ attained, total }` or the text "32/39"
 * @returns the counts, their differences from the published ones, and a verdict
 * @throws {@link ChitieuError} `invalid-argument` for an unknown status (path
 * `['statuses', i]`) or a published tally that is not whole numbers with attained ≤ total
 * (path `['published', …]`)
 * @example
 * ```ts
 * const statuses = [...Array(20).fill('exceeded'), ...Array(12).fill('met'), ...Array(7).fill('not-met')];
 * checkStatusTally(statuses, '32/39').explanation;
 * //=> '39 indicators (chỉ tiêu): 32 met or exceeded (đạt và vượt: 20 exceeded, 12 met), 7 not met (không đạt), 0 pending; published "32/39" agrees'
 * checkStatusTally(statuses, { attained: 33, total: 39 }).attainedDifference;
 * //=> -1
 * checkStatusTally(['done'], '1/1');
 * // throws ChitieuError invalid-argument
 * ```
 */
export function checkStatusTally(
  statuses: readonly TallyStatus[],
  published: PublishedTally | string,
): StatusTallyCheck {
  if (!Array.isArray(statuses)) {
    throw chitieuError('invalid-argument', 'a list of statuses', {
      received: statuses,
      path: ['statuses'],
    });
  }
  let exceeded = 0;
  let met = 0;
  let notMet = 0;
  let pending = 0;
  statuses.forEach((status, i) => {
    if (status === 'exceeded') exceeded++;
    else if (status === 'met') met++;
    else if (status === 'not-met') notMet++;
    else if (status === 'pending') pending++;
    else {
      throw chitieuError(
        'invalid-argument',
        "a status: 'exceeded', 'met', 'not-met' or 'pending'",
        {
          received: status,
          path: ['statuses', i],
        },
      );
    }
  });
  const tally =
    typeof published === 'string' ? readTallyText(published) : readTallyObject(published);
  const total = statuses.length;
  const attained = exceeded + met;
  const attainedDifference = attained - tally.attained;
  const totalDifference = total - tally.total;
  const consistent = attainedDifference === 0 && totalDifference === 0;
  const shown =
    typeof published === 'string' ? `"${published.trim()}"` : `${tally.attained}/${tally.total}`;
  const problems: string[] = [];
  if (attainedDifference !== 0) problems.push(`${attained} attained, not ${tally.attained}`);
  if (totalDifference !== 0) problems.push(`${total} indicators, not ${tally.total}`);
  return {
    computed: { total, attained, exceeded, met, notMet, pending },
    published: tally,
    publishedText: typeof published === 'string' ? published.trim() : null,
    attainedDifference,
    totalDifference,
    consistent,
    verdict: consistent ? 'consistent' : 'unreproducible',
    explanation: `${total} indicators (chỉ tiêu): ${attained} met or exceeded (đạt và vượt: ${exceeded} exceeded, ${met} met), ${notMet} not met (không đạt), ${pending} pending; published ${shown} ${
      consistent ? 'agrees' : `differs: the list has ${problems.join(' and ')}`
    }`,
  };
}
