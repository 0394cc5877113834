// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type PeriodLabelOptions, periodLabel } from '../../src/period/period-label.js';
import type { Period } from '../../src/period/period-schema.js';

describe('periodLabel', () => {
  it('has the documented types', () => {
    expectTypeOf(periodLabel).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(periodLabel).parameter(1).toEqualTypeOf<PeriodLabelOptions | undefined>();
    expectTypeOf(periodLabel).returns.toEqualTypeOf<string>();
  });
});
