// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Change, ChangeDirection } from '../../src/attainment/change-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('changeSchema', () => {
  it('has the declared types', () => {
    expectTypeOf<ChangeDirection>().toEqualTypeOf<'increase' | 'decrease' | 'unchanged'>();
    expectTypeOf<Change['absolute']>().toEqualTypeOf<Decimal>();
  });
});
