// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { elapsedShare } from '../../src/period/elapsed-share.js';
import type { Period } from '../../src/period/period-schema.js';

describe('elapsedShare', () => {
  it('has the documented types', () => {
    expectTypeOf(elapsedShare).parameter(0).toEqualTypeOf<Period>();
    expectTypeOf(elapsedShare).parameter(1).toEqualTypeOf<string | Date>();
    expectTypeOf(elapsedShare).returns.toEqualTypeOf<Decimal>();
  });
});
