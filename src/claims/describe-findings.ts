import { chitieuError } from '../errors.js';
import { checkOptionKeys } from '../validation/check-option-keys.js';
import { parseWithSchema } from '../validation/parse-with-schema.js';
import type { Finding } from './finding.js';
import {
  DESCRIBE_FINDINGS_OPTIONS,
  type DescribeFindingsOptions,
  describeFindingsOptionsSchema,
} from './options-schema.js';

const VERDICT_WORDS = {
  en: { consistent: 'Consistent', inconsistent: 'Inconsistent', unchecked: 'Unchecked' },
  vi: { consistent: 'Khớp', inconsistent: 'Không khớp', unchecked: 'Chưa kiểm được' },
} as const;

/**
 * Write findings of {@link auditReport} as sentences, one per finding: the verdict, the
 * quoted words and the arithmetic with what would make it consistent or what is missing.
 *
 * @category Audit
 * @param findings - the findings (`auditReport(text).findings`)
 * @param options - `lang`: `'en'` (the default) or `'vi'`
 * @returns one sentence per finding, in order
 * @throws {@link ChitieuError} `invalid-argument` when findings is not a list or an option is unknown
 * @example
 * ```ts
 * const { findings } = auditReport('Đã giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%.');
 * describeFindings(findings, { lang: 'vi' });
 * //=> ['Không khớp: "238/316 vụ việc, đạt tỷ lệ 88,9%" — 238/316 = 75,32%, không phải 88,9% dù làm tròn hay cắt bỏ; 88,9% của 316 là 281.']
 * describeFindings(findings)[0]?.startsWith('Inconsistent: "238/316');
 * //=> true
 * ```
 */
export function describeFindings(
  findings: readonly Finding[],
  options: DescribeFindingsOptions = {},
): readonly string[] {
  checkOptionKeys(options, DESCRIBE_FINDINGS_OPTIONS);
  const list: readonly Finding[] = findings;
  if (!Array.isArray(list)) {
    throw chitieuError('invalid-argument', 'a list of findings from auditReport', {
      received: findings,
      path: ['findings'],
    });
  }
  const { lang = 'en' } = parseWithSchema(
    describeFindingsOptionsSchema,
    options,
    'invalid-argument',
    'describeFindings options',
    ['options'],
  );
  return Object.freeze(
    list.map((f: Finding) => {
      const words = VERDICT_WORDS[lang][f.verdict];
      const body = lang === 'vi' ? f.explanationVi : f.explanation;
      return `${words}: "${f.quote}" — ${body}.`;
    }),
  );
}
