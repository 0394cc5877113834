// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkPeriod } from '../../src/period/check-period.js';
import type { Period } from '../../src/period/period-schema.js';

describe('checkPeriod', () => {
  it('has the documented types', () => {
    expectTypeOf(checkPeriod).returns.toEqualTypeOf<Period>();
  });
});
