// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Period } from '../../src/period/period-schema.js';
import { samePeriodLastYear } from '../../src/period/same-period-last-year.js';

describe('samePeriodLastYear', () => {
  it('has the documented types', () => {
    expectTypeOf(samePeriodLastYear).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(samePeriodLastYear).returns.toEqualTypeOf<Period>();
  });
});
