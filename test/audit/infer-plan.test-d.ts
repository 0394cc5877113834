// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { inferPlan } from '../../src/audit/infer-plan.js';
import type { PlanInterval } from '../../src/audit/plan-inference-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('inferPlan', () => {
  it('has the documented types', () => {
    const r = inferPlan(169, '112,6%');
    expectTypeOf(r.max).toEqualTypeOf<Decimal | null>();
    expectTypeOf(r.integers).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(r.verdict).toEqualTypeOf<'consistent' | 'unreproducible'>();
    if (r.verdict === 'consistent') {
      expectTypeOf(r.min).toEqualTypeOf<Decimal>();
    } else {
      expectTypeOf(r.min).toEqualTypeOf<null>();
    }
    expectTypeOf(r.byMode.truncate).toEqualTypeOf<PlanInterval | null | undefined>();
  });
});
