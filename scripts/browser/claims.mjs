// Real calls of `chitieu/claims`, run in Node and in headless Chromium by scripts/test-browser.mjs.
import { auditReport, describeFindings, readReport } from 'chitieu/claims';

const TEXT =
  'Giải quyết 238/316 vụ việc, đạt tỷ lệ 88,9%. Kết nạp 169 đảng viên, đạt 112,6% kế hoạch năm.';

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const audit = auditReport(TEXT);
  return {
    kinds: readReport(TEXT).claims.map((c) => c.kind),
    summary: audit.summary,
    sentences: describeFindings(audit.findings, { lang: 'vi' }),
  };
}
