// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { mergeRollups } from '../../src/ntm/merge-rollups.js';
import type { NtmRollup } from '../../src/ntm/ntm-rollup-schema.js';

describe('mergeRollups', () => {
  it('has the documented type', () => {
    expectTypeOf(mergeRollups).returns.toEqualTypeOf<NtmRollup>();
  });
});
