// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { periodContains } from '../../src/period/contains-date.js';

describe('periodContains', () => {
  it('has the documented types', () => {
    expectTypeOf(periodContains).parameter(1).toEqualTypeOf<string | Date>();
    expectTypeOf(periodContains).returns.toEqualTypeOf<boolean>();
  });
});
