// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ChangeCheck } from '../../src/audit/change-check-schema.js';
import { checkChange } from '../../src/audit/check-change.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('checkChange', () => {
  it('has the documented types', () => {
    const checked = checkChange(381, 362, 19);
    expectTypeOf(checked.computed).toEqualTypeOf<Decimal>();
    expectTypeOf(checked.consistent).toEqualTypeOf<boolean>();
    const implied = checkChange(381, null, 19);
    expectTypeOf(implied.computed).toEqualTypeOf<null>();
    expectTypeOf(implied.impliedPrevious).toEqualTypeOf<Decimal>();
    const either = checkChange(381, Math.random() > 2 ? null : 362, 19);
    expectTypeOf(either).toEqualTypeOf<ChangeCheck>();
  });
});
