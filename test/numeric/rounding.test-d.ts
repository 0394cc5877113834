// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import type { Decimal as DecimalJs } from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import { checkDecimals, decimalRoundingMode, type Rounding } from '../../src/numeric/rounding.js';

describe('decimalRoundingMode', () => {
  it('has the declared types', () => {
    expectTypeOf(decimalRoundingMode).parameter(0).toEqualTypeOf<Rounding>();
    expectTypeOf(decimalRoundingMode).returns.toEqualTypeOf<DecimalJs.Rounding>();
  });
});

describe('checkDecimals', () => {
  it('has the declared types', () => {
    expectTypeOf(checkDecimals).returns.toEqualTypeOf<number>();
  });
});
