// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { markYears } from '../../src/targets/mark-years.js';

describe('markYears', () => {
  it('has the types of the contract', () => {
    expectTypeOf(markYears).returns.toEqualTypeOf<boolean[]>();
  });
});
