// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { EvaluateOptions } from '../../src/attainment/evaluate-options-schema.js';
import type { Numeric } from '../../src/numeric/decimal.js';

describe('evaluateOptionsSchema', () => {
  it('has the declared types', () => {
    expectTypeOf<EvaluateOptions['baseline']>().toEqualTypeOf<Numeric | undefined>();
    expectTypeOf<EvaluateOptions['ratioBasis']>().toEqualTypeOf<
      'value' | 'growth-index' | undefined
    >();
  });
});
