// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Attainment,
  RatioBasis,
  Status,
  Strictness,
} from '../../src/attainment/attainment-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('attainmentSchema', () => {
  it('has the declared types', () => {
    expectTypeOf<Status>().toEqualTypeOf<'exceeded' | 'met' | 'not-met'>();
    expectTypeOf<Strictness>().toEqualTypeOf<'lenient' | 'literal'>();
    expectTypeOf<RatioBasis>().toEqualTypeOf<'value' | 'growth-index'>();
    expectTypeOf<Attainment['percentOfPlan']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<Attainment['baseline']>().toEqualTypeOf<Decimal | null>();
  });
});
