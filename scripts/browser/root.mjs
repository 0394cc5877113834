// Real calls of `chitieu`, run in Node and in headless Chromium by scripts/test-browser.mjs.
import {
  change,
  checkChange,
  describeChange,
  describeScorecard,
  evaluate,
  formatViNumber,
  formatViPercent,
  isChitieuError,
  parseTarget,
  parseViNumber,
  periodLabel,
  reconcilePercent,
} from 'chitieu';

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const admissions = evaluate(169, parseTarget('Phấn đấu kết nạp trên 150 đảng viên').target);
  let misspelt = null;
  try {
    formatViNumber(1.256, { decimal: 2 });
  } catch (error) {
    misspelt = isChitieuError(error) ? `${error.code} ${error.path.join('.')}` : String(error);
  }
  return {
    evaluate: [admissions.status, admissions.percentOfPlan?.toString(), admissions.gap.toString()],
    formatViPercent: formatViPercent(admissions.percentOfPlan ?? 0, {
      decimals: 1,
      rounding: 'truncate',
    }),
    formatViNumber: formatViNumber('1234567.891', { decimals: 2 }),
    parseViNumber: parseViNumber('87.646,5').toString(),
    periodLabel: periodLabel({ kind: 'half', year: 2022, half: 1 }),
    describeChange: describeChange(change(381, 362), { unit: 'tiêu chí', since: 'năm 2020' }),
    describeScorecard: describeScorecard({ total: 39, attained: 32 }),
    reconcilePercent: reconcilePercent('112,6%', 169, 150).verdict,
    checkChange: checkChange(381, 362, 'tăng 19 tiêu chí').verdict,
    misspeltOption: misspelt,
  };
}
