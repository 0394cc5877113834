// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { evaluatePlan } from '../../src/plan/evaluate-plan.js';
import { parsePlan } from '../../src/plan/parse-plan.js';
import type { PlanItemResult, PlanResult } from '../../src/plan/plan-result-schema.js';
import type { Plan } from '../../src/plan/plan-schema.js';

function plan(items: readonly Record<string, unknown>[]): Plan {
  return parsePlan({
    id: 'hk-2021',
    title: 'Kết quả thực hiện nhiệm vụ',
    issuer: 'Huyện ủy Hương Khê',
    period: { kind: 'year', year: 2021 },
    items: items.map((item, i) => ({ id: `i${i}`, ...item })),
  });
}

describe('evaluatePlan', () => {
  it('has the documented types', () => {
    expectTypeOf(evaluatePlan).parameter(0).toEqualTypeOf<Plan>();
    expectTypeOf(evaluatePlan(plan([]))).toEqualTypeOf<PlanResult>();
    expectTypeOf<PlanResult['items']>().toEqualTypeOf<readonly PlanItemResult[]>();
    expectTypeOf<PlanItemResult['status']>().toEqualTypeOf<
      'exceeded' | 'met' | 'not-met' | 'pending'
    >();
  });
});
