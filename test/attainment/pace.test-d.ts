// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { pace } from '../../src/attainment/pace.js';
import type { Pace } from '../../src/attainment/pace-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('pace', () => {
  it('has the declared types', () => {
    expectTypeOf(pace).returns.toEqualTypeOf<Pace>();
    expectTypeOf<Pace['status']>().toEqualTypeOf<'ahead' | 'on-track' | 'behind'>();
    expectTypeOf<Pace['ratio']>().toEqualTypeOf<Decimal | null>();
  });
});
