// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ChangeCheck } from '../../src/audit/change-check-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('changeCheckSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<ChangeCheck['verdict']>().toEqualTypeOf<
      'consistent' | 'unreproducible' | 'unchecked'
    >();
    expectTypeOf<ChangeCheck['impliedPrevious']>().toEqualTypeOf<Decimal>();
  });
});
