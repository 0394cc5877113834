// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { collapseSpace, spanText, trimClause } from '../../src/targets/target-text.js';

describe('collapseSpace', () => {
  it('has the types of the contract', () => {
    expectTypeOf(collapseSpace).returns.toEqualTypeOf<string>();
  });
});

describe('trimClause and spanText', () => {
  it('has the types of the contract', () => {
    expectTypeOf(trimClause).returns.toEqualTypeOf<string | null>();
    expectTypeOf(spanText).returns.toEqualTypeOf<string>();
  });
});
