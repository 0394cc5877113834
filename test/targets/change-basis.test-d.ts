// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { changeBasis } from '../../src/targets/change-basis.js';

describe('changeBasis', () => {
  it('has the types of the contract', () => {
    expectTypeOf(changeBasis).returns.toEqualTypeOf<'absolute' | 'points' | 'percent'>();
  });
});
