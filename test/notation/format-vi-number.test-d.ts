// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { formatDecimalVi, formatViNumber } from '../../src/notation/format-vi-number.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('formatViNumber', () => {
  it('has the documented types', () => {
    expectTypeOf(formatViNumber(1)).toEqualTypeOf<string>();
  });
});

describe('formatDecimalVi', () => {
  it('has the declared types', () => {
    expectTypeOf(formatDecimalVi).parameter(0).toEqualTypeOf<Decimal>();
    expectTypeOf(formatDecimalVi).returns.toEqualTypeOf<string>();
  });
});
