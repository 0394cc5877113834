// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { PlanInference, PlanInterval } from '../../src/audit/plan-inference-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('planInferenceSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<PlanInference['verdict']>().toEqualTypeOf<'consistent' | 'unreproducible'>();
    expectTypeOf<
      Extract<PlanInference, { verdict: 'consistent' }>['min']
    >().toEqualTypeOf<Decimal>();
  });
});

describe('planIntervalSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<PlanInterval['max']>().toEqualTypeOf<Decimal | null>();
  });
});
