// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { TallyCheck } from '../../src/audit/tally-check-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('tallyCheckSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<TallyCheck['difference']>().toEqualTypeOf<Decimal>();
  });
});
