// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkTally } from '../../src/audit/check-tally.js';
import type { TallyCheck } from '../../src/audit/tally-check-schema.js';
import type { Decimal, Numeric } from '../../src/numeric/decimal.js';

describe('checkTally', () => {
  it('has the documented types', () => {
    const r = checkTally([1], 1);
    expectTypeOf(r).toEqualTypeOf<TallyCheck>();
    expectTypeOf(r.computed).toEqualTypeOf<Decimal>();
    expectTypeOf(r.parts).toEqualTypeOf<readonly Decimal[]>();
    expectTypeOf(checkTally).parameter(0).toEqualTypeOf<readonly Numeric[]>();
  });
});
