// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import { evaluateDecimal } from '../../src/attainment/evaluate-decimal.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('evaluateDecimal', () => {
  it('has the declared types', () => {
    expectTypeOf(evaluateDecimal).returns.toEqualTypeOf<Attainment>();
    expectTypeOf(evaluateDecimal).parameter(0).toEqualTypeOf<Decimal>();
  });
});
