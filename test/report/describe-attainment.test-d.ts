// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { PlanItemResult } from '../../src/plan/plan-result-schema.js';
import { type AttainmentFigure, describeAttainment } from '../../src/report/describe-attainment.js';

describe('describeAttainment', () => {
  it('has the documented types', () => {
    expectTypeOf(describeAttainment)
      .parameter(0)
      .toEqualTypeOf<PlanItemResult | AttainmentFigure>();
    expectTypeOf(describeAttainment({ label: 'x' })).toEqualTypeOf<string>();
  });
});
