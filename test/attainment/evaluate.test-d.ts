// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import { type EvaluateOptions, evaluate } from '../../src/attainment/evaluate.js';
import type { Decimal, Numeric } from '../../src/numeric/decimal.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('evaluate', () => {
  it('has the declared types', () => {
    expectTypeOf(evaluate).returns.toEqualTypeOf<Attainment>();
    expectTypeOf(evaluate).parameter(0).toEqualTypeOf<Numeric>();
    expectTypeOf<Attainment['status']>().toEqualTypeOf<'exceeded' | 'met' | 'not-met'>();
    expectTypeOf<Attainment['ratio']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<Attainment['gap']>().toEqualTypeOf<Decimal>();
    expectTypeOf<Target>().toMatchTypeOf<Parameters<typeof evaluate>[1]>();
    expectTypeOf<EvaluateOptions['strictness']>().toEqualTypeOf<
      'lenient' | 'literal' | undefined
    >();
  });
});
