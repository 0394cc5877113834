// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkMeasure, checkTolerance } from '../../src/attainment/option-checks.js';
import type { Measure } from '../../src/indicator/measure-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('option checks', () => {
  it('has the declared types', () => {
    expectTypeOf(checkMeasure).returns.toEqualTypeOf<Measure | null>();
    expectTypeOf(checkTolerance).returns.toEqualTypeOf<Decimal>();
  });
});
