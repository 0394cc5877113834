// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { PlanResult } from '../../src/plan/plan-result-schema.js';
import { describePlanReport } from '../../src/report/describe-plan.js';

function evaluated(
  extra: Record<string, unknown> = {},
  items?: readonly Record<string, unknown>[],
): PlanResult {
  return evaluatePlan(
    parsePlan({
      id: 'hk-2021',
      title: 'Kết quả thực hiện nhiệm vụ',
      issuer: 'Huyện ủy Hương Khê',
      period: { kind: 'year', year: 2021 },
      items: items ?? [
        {
          id: 'admissions',
          indicator: 'party-admissions',
          label: 'kết nạp đảng viên mới',
          target: '150 đảng viên',
          actual: 169,
          baseline: 48,
          baselineLabel: 'năm 2020',
        },
        { id: 'budget', indicator: 'budget-revenue', target: 'đạt 72 tỷ đồng', actual: 65 },
        { id: 'poverty', indicator: 'poverty-rate', actual: '3.96', baseline: '4.98' },
        { id: 'investment', indicator: 'total-social-investment', target: 'trên 3.200 tỷ đồng' },
      ],
      ...extra,
    }),
  );
}

describe('describePlanReport', () => {
  it('has the documented types', () => {
    expectTypeOf(describePlanReport).parameter(0).toEqualTypeOf<PlanResult>();
    expectTypeOf(describePlanReport(evaluated())).toEqualTypeOf<readonly string[]>();
  });
});
