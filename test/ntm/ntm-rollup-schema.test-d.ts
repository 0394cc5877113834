// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { NtmRollup, NtmRollupChange, RollupOptions } from '../../src/ntm/ntm-rollup-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('ntmRollupSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<NtmRollup['averagePerCommune']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<NtmRollup['change']>().toEqualTypeOf<NtmRollupChange | undefined>();
    expectTypeOf<NtmRollupChange['criteriaMet']>().toEqualTypeOf<number>();
    expectTypeOf<RollupOptions['previous']>().toMatchTypeOf<object | undefined>();
  });
});
