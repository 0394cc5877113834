// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { expectTypeOf, it } from 'vitest';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import type { Change } from '../../src/attainment/change-schema.js';
import type { PlanItemResult, PlanResult } from '../../src/plan/plan-result-schema.js';
import {
  readAttainment,
  readChange,
  readItemResult,
  readPlanResult,
} from '../../src/report/read-results.js';

it('has the documented types', () => {
  expectTypeOf(readPlanResult).returns.toEqualTypeOf<PlanResult>();
  expectTypeOf(readItemResult).returns.toEqualTypeOf<PlanItemResult>();
  expectTypeOf(readAttainment).returns.toEqualTypeOf<Attainment>();
  expectTypeOf(readChange).returns.toEqualTypeOf<Change>();
});
