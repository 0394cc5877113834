// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ResolvedEvaluateOptions,
  resolveEvaluateOptions,
} from '../../src/attainment/resolve-evaluate-options.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('resolveEvaluateOptions', () => {
  it('has the declared types', () => {
    expectTypeOf(resolveEvaluateOptions).returns.toEqualTypeOf<ResolvedEvaluateOptions>();
    expectTypeOf<ResolvedEvaluateOptions['baseline']>().toEqualTypeOf<Decimal | null>();
  });
});
