// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import type { Change } from '../../src/attainment/change-schema.js';
import type {
  PendingReason,
  PlanItemResult,
  PlanResult,
  planResultSchema,
} from '../../src/plan/plan-result-schema.js';

describe('planResultSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<PlanItemResult['attainment']>().toEqualTypeOf<Attainment | null>();
    expectTypeOf<PlanItemResult['change']>().toEqualTypeOf<Change | null>();
    expectTypeOf<PlanItemResult['pendingReason']>().toEqualTypeOf<PendingReason | null>();
    expectTypeOf<z.output<typeof planResultSchema>>().toEqualTypeOf<PlanResult>();
  });
});
