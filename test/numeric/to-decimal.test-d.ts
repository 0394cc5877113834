// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { isNumeric, toDecimal } from '../../src/numeric/to-decimal.js';

describe('toDecimal', () => {
  it('has the documented types', () => {
    expectTypeOf(toDecimal).parameter(0).toEqualTypeOf<number | string | Decimal>();
    expectTypeOf(toDecimal(1)).toEqualTypeOf<Decimal>();
  });
});

describe('isNumeric', () => {
  it('has the documented types', () => {
    expectTypeOf(isNumeric).guards.toEqualTypeOf<number | string | Decimal>();
  });
});
