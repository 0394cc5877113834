// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { parsePeriodLabel } from '../../src/period/parse-period-label.js';
import type { Period } from '../../src/period/period-schema.js';

describe('parsePeriodLabel', () => {
  it('has the documented types', () => {
    expectTypeOf(parsePeriodLabel).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parsePeriodLabel).returns.toEqualTypeOf<Period>();
  });
});
