// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type TargetToken, tokenizeTarget } from '../../src/targets/tokenize-target.js';

describe('tokenizeTarget', () => {
  it('has the types of the contract', () => {
    expectTypeOf(tokenizeTarget).returns.toEqualTypeOf<TargetToken[]>();
  });
});
