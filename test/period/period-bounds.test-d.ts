// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type PeriodBounds, periodBounds } from '../../src/period/period-bounds.js';
import type { Period } from '../../src/period/period-schema.js';

describe('periodBounds', () => {
  it('has the documented types', () => {
    expectTypeOf(periodBounds).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(periodBounds).returns.toEqualTypeOf<PeriodBounds>();
  });
});
