// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { PaceOptions, PaceStatus } from '../../src/attainment/pace-schema.js';
import type { Numeric } from '../../src/numeric/decimal.js';

describe('paceSchema', () => {
  it('has the declared types', () => {
    expectTypeOf<PaceStatus>().toEqualTypeOf<'ahead' | 'on-track' | 'behind'>();
    expectTypeOf<PaceOptions['baseline']>().toEqualTypeOf<Numeric | undefined>();
  });
});
