// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ShareCheck } from '../../src/audit/share-check-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('shareCheckSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<ShareCheck['share']>().toEqualTypeOf<Decimal>();
    expectTypeOf<ShareCheck['verdict']>().toEqualTypeOf<
      'consistent' | 'unreproducible' | 'unchecked'
    >();
  });
});
