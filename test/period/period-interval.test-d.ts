// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { periodInterval } from '../../src/period/period-interval.js';
import type { PeriodInterval } from '../../src/period/period-interval-schema.js';
import type { Period } from '../../src/period/period-schema.js';

describe('periodInterval', () => {
  it('has the documented types', () => {
    expectTypeOf(periodInterval).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(periodInterval).returns.toEqualTypeOf<PeriodInterval>();
    expectTypeOf<PeriodInterval['start']>().toEqualTypeOf<string>();
    expectTypeOf<PeriodInterval['days']>().toEqualTypeOf<number>();
  });
});
