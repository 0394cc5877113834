// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { cagr } from '../../src/attainment/cagr.js';
import type { Decimal, Numeric } from '../../src/numeric/decimal.js';

describe('cagr', () => {
  it('has the declared types', () => {
    expectTypeOf(cagr).returns.toEqualTypeOf<Decimal>();
    expectTypeOf(cagr).parameter(2).toEqualTypeOf<Numeric>();
  });
});
