// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { IndicatorGroup } from '../../src/indicator/indicator-schema.js';
import { type PlanGroup, planGroups } from '../../src/plan/plan-group.js';

describe('planGroups, planGroupSchema, planGroupLabels', () => {
  it('has the documented types', () => {
    expectTypeOf<PlanGroup>().toEqualTypeOf<IndicatorGroup>();
    expectTypeOf(planGroups).toEqualTypeOf<readonly PlanGroup[]>();
  });
});
