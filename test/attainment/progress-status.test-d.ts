// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { progressStatus } from '../../src/attainment/progress-status.js';
import type { ProgressStatus } from '../../src/attainment/progress-status-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('progressStatus', () => {
  it('has the declared types', () => {
    expectTypeOf(progressStatus).returns.toEqualTypeOf<ProgressStatus>();
    expectTypeOf<Extract<ProgressStatus, { computable: false }>['reason']>().toEqualTypeOf<
      'too-few-points' | 'zero-base' | 'opposite-signs'
    >();
    expectTypeOf<ProgressStatus['ratio']>().toEqualTypeOf<Decimal | null>();
  });
});
