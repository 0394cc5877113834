// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { percentOf } from '../../src/numeric/percent-of.js';

describe('percentOf', () => {
  it('has the documented types', () => {
    expectTypeOf(percentOf(1, 2)).toEqualTypeOf<Decimal>();
  });
});
