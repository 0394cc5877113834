// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { approx, listWords } from '../../src/audit/explain.js';

describe('explanation helpers', () => {
  it('has the documented types', () => {
    expectTypeOf(approx).returns.toEqualTypeOf<string>();
    expectTypeOf(listWords).parameter(0).toEqualTypeOf<readonly string[]>();
  });
});
