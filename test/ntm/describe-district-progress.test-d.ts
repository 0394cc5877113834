// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { describeDistrictProgress } from '../../src/ntm/describe-district-progress.js';

describe('describeDistrictProgress', () => {
  it('has the documented type', () => {
    expectTypeOf(describeDistrictProgress).returns.toEqualTypeOf<string>();
  });
});
