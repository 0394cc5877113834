// Real calls of `chitieu/schemas`, run in Node and in headless Chromium by
// scripts/test-browser.mjs.
import { describePlanReport, evaluatePlan } from 'chitieu';
import { parsePlan, parsePlanResult, parseTargetJson, targetSchema } from 'chitieu/schemas';
import * as z from 'zod/mini';

/** Each check's result, as text: the same in every runtime. */
export function results() {
  const plan = parsePlan({
    id: 'hk-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: [
      {
        id: 'admissions',
        indicator: 'party-admissions',
        label: 'kết nạp đảng viên mới',
        target: 'trên 150 đảng viên',
        actual: 169,
        baseline: 48,
        baselineLabel: 'năm 2020',
      },
      { id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng' },
    ],
  });
  const stored = JSON.parse(JSON.stringify(evaluatePlan(plan)));
  return {
    describePlanReport: describePlanReport(parsePlanResult(stored)),
    parseTargetJson: parseTargetJson({ kind: 'exact', value: '72' }).kind,
    compose: z.safeParse(z.object({ t: targetSchema }), { t: { kind: 'bogus' } }).success,
  };
}
