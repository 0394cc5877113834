import { chitieuError } from '../errors.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { Claim, ReportReading } from './claim.js';
import {
  type Draft,
  type Reading,
  readBreakdownCounts,
  readChanges,
  readFractions,
  readLevels,
  readPercents,
  readSums,
} from './find-claims.js';
import {
  READ_REPORT_OPTIONS,
  type ReadReportOptions,
  readReportOptionsSchema,
} from './options-schema.js';
import { SentenceScan } from './scan.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** @internal Longest text readReport reads: 1 MB of UTF-16 code units. */
export const MAX_REPORT_LENGTH = 1_000_000;
const DEFAULT_MAX_CLAIMS = 10_000;

/** Shares of one sentence (and one "trong đó") divide one whole: give them one group id. */
function assignGroups(drafts: Draft[], next: () => string): void {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) {
    const sharesOne = d.kind === 'share' || (d.kind === 'part-of-whole' && d.whole !== -1);
    if (!sharesOne || !d.figures.some((f) => f.role === 'percent')) continue;
    const key = `${d.kind === 'share' ? 's' : 'p'}${d.whole}`;
    const list = byKey.get(key) ?? [];
    list.push(d);
    byKey.set(key, list);
  }
  for (const list of byKey.values()) {
    const id = next();
    for (const d of list) d.group = id;
  }
}

function freezeClaim(
  text: string,
  d: Draft,
  period: string | null,
  sentence: Claim['sentence'],
): Claim {
  return Object.freeze({
    kind: d.kind,
    span: Object.freeze(d.span),
    quote: text.slice(d.span.start, d.span.end),
    figures: Object.freeze(
      d.figures.map((f) => Object.freeze({ ...f, span: Object.freeze(f.span) })),
    ),
    unit: d.unit,
    subject: d.subject,
    period,
    group: d.group,
    change: d.change === null ? null : Object.freeze({ ...d.change }),
    sentence: Object.freeze(sentence),
  });
}

/**
 * Read every quantitative claim (khẳng định số liệu) of a Vietnamese report, in order: tallies
 * ("18/31 chỉ tiêu vượt và đạt kế hoạch"), attainment of a plan ("đạt 112,6% kế hoạch"),
 * changes ("tăng 119 so với năm trước"), shares ("nông, lâm, thủy sản chiếm 36,11%"), parts
 * of a whole ("564 nữ (20,14%)"), levels ("đạt 46,3 triệu đồng") and sums ("68 đảng bộ và
 * 31 chi bộ, tổng 99"). Figures are read with {@link parseViNumber}, changes with
 * {@link readChangePhrase}, period words with {@link parsePeriodLabel} and a quoted plan with
 * {@link parseTarget}.
 *
 * The text is read in one linear pass (no regular expression runs over the whole text):
 * sentences end at ".", "!", "?" and line breaks, never inside "1.351" nor after "TT.".
 * Spans are UTF-16 offsets into the text as given. Check the claims with {@link auditReport}.
 *
 * @category Audit
 * @param text - the report, at most 1 000 000 characters
 * @param options - `maxClaims`: stop after this many claims (10 000 unless given)
 * @returns the text and its claims, frozen
 * @throws {@link ChitieuError} `invalid-argument` when text is not a string or an option is
 * unknown, `input-too-long` past 1 000 000 characters
 * @example
 * ```ts
 * const r = readReport('Có 18/31 chỉ tiêu vượt và đạt kế hoạch. Kết nạp 169 đảng viên, đạt 112,6% kế hoạch.');
 * r.claims.map((c) => c.kind);
 * //=> ['tally', 'percent-of-plan']
 * r.claims[1]?.quote;
 * //=> '169 đảng viên, đạt 112,6% kế hoạch'
 * r.claims[1]?.figures.map((f) => `${f.role} ${f.value}`);
 * //=> ['actual 169', 'percent 112.6']
 * readReport('x'.repeat(1_000_001));
 * // throws ChitieuError input-too-long
 * ```
 */
export function readReport(text: string, options: ReadReportOptions = {}): ReportReading {
  checkOptionKeys(options, READ_REPORT_OPTIONS);
  if (typeof text !== 'string') {
    throw chitieuError('invalid-argument', 'a report as a string', {
      received: text,
      path: ['text'],
    });
  }
  if (text.length > MAX_REPORT_LENGTH) {
    throw chitieuError('input-too-long', `at most ${MAX_REPORT_LENGTH} characters for a report`, {
      received: text,
      path: ['text'],
    });
  }
  const opts = parseWithSchema(
    readReportOptionsSchema,
    options,
    'invalid-argument',
    'readReport options',
    ['options'],
  );
  const max = opts.maxClaims ?? DEFAULT_MAX_CLAIMS;
  const tokens = tokenize(text);
  const claims: Claim[] = [];
  let groups = 0;
  const next = () => `g${++groups}`;
  for (const sentence of splitSentences(tokens, text)) {
    if (claims.length >= max) break;
    const scan = new SentenceScan(text, tokens, sentence);
    const reading: Reading = { scan, used: new Set(), planPercents: new Set(), drafts: [] };
    readFractions(reading);
    readChanges(reading);
    readPercents(reading);
    readSums(reading);
    readBreakdownCounts(reading);
    readLevels(reading);
    if (reading.drafts.length === 0) continue;
    assignGroups(reading.drafts, next);
    reading.drafts.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    const period = scan.period();
    const span = scan.span(sentence.from, sentence.to - 1);
    for (const d of reading.drafts) {
      if (claims.length >= max) break;
      claims.push(freezeClaim(text, d, period, span));
    }
  }
  return Object.freeze({ text, claims: Object.freeze(claims) });
}
