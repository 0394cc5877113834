// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkedTarget } from '../../src/attainment/checked-target.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('checkedTarget', () => {
  it('has the declared types', () => {
    expectTypeOf(checkedTarget).returns.toEqualTypeOf<Target>();
  });
});
