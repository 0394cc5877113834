// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { roundTo } from '../../src/numeric/round-to.js';

describe('roundTo', () => {
  it('has the documented types', () => {
    expectTypeOf(roundTo).returns.toEqualTypeOf<Decimal>();
  });
});
