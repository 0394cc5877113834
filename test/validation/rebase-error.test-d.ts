// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { rebaseError } from '../../src/validation/rebase-error.js';

describe('rebaseError', () => {
  it('has the documented types', () => {
    expectTypeOf(rebaseError).returns.toEqualTypeOf<unknown>();
  });
});
