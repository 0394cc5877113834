// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { describeNtmRollup } from '../../src/ntm/describe-rollup.js';

describe('describeNtmRollup', () => {
  it('has the documented type', () => {
    expectTypeOf(describeNtmRollup).returns.toEqualTypeOf<string>();
  });
});
