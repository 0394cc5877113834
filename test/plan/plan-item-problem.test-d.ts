// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import {
  isPlanDecimal,
  type PlanItemProblem,
  planItemProblem,
} from '../../src/plan/plan-item-problem.js';

describe('planItemProblem', () => {
  it('has the documented types', () => {
    expectTypeOf(planItemProblem).returns.toEqualTypeOf<PlanItemProblem | null>();
    expectTypeOf(isPlanDecimal).guards.toEqualTypeOf<Decimal>();
  });
});
