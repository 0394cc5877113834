// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { requiredGrowth } from '../../src/attainment/required-growth.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('requiredGrowth', () => {
  it('has the declared types', () => {
    expectTypeOf(requiredGrowth).returns.toEqualTypeOf<Decimal>();
  });
});
