// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Period } from '../../src/period/period-schema.js';
import { previousPeriod } from '../../src/period/previous-period.js';

describe('previousPeriod', () => {
  it('has the documented types', () => {
    expectTypeOf(previousPeriod).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(previousPeriod).returns.toEqualTypeOf<Period>();
  });
});
