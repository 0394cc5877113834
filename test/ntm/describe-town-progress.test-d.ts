// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { describeTownProgress } from '../../src/ntm/describe-town-progress.js';
import type { TownProgress } from '../../src/ntm/district-progress-schema.js';

describe('describeTownProgress', () => {
  it('has the documented type', () => {
    expectTypeOf(describeTownProgress).parameter(0).toEqualTypeOf<TownProgress>();
  });
});
