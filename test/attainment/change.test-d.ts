// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import type { Change } from '../../src/attainment/change-schema.js';
import type { Decimal, Numeric } from '../../src/numeric/decimal.js';

describe('change', () => {
  it('has the declared types', () => {
    expectTypeOf(change).returns.toEqualTypeOf<Change>();
    expectTypeOf(change).parameter(0).toEqualTypeOf<Numeric>();
    expectTypeOf<Change['relative']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<Change['direction']>().toEqualTypeOf<'increase' | 'decrease' | 'unchanged'>();
    expectTypeOf<Change['unit']>().toEqualTypeOf<'units' | 'points'>();
  });
});
