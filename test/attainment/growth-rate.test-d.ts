// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { growthRate } from '../../src/attainment/growth-rate.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('growthRate', () => {
  it('has the declared types', () => {
    expectTypeOf(growthRate).returns.toEqualTypeOf<Decimal>();
  });
});
