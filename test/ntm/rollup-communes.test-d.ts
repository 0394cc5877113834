// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { NtmRollup } from '../../src/ntm/ntm-rollup-schema.js';
import { rollupCommunes } from '../../src/ntm/rollup-communes.js';

describe('rollupCommunes', () => {
  it('has the documented types', () => {
    expectTypeOf(rollupCommunes).returns.toEqualTypeOf<NtmRollup>();
    expectTypeOf<NtmRollup['criteriaMet']>().toEqualTypeOf<number>();
    expectTypeOf<NtmRollup['qualified']>().toEqualTypeOf<
      Readonly<{ standard: number; advanced: number; model: number }>
    >();
  });
});
