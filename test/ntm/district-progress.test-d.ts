// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { districtProgress } from '../../src/ntm/district-progress.js';
import type { DistrictProgress } from '../../src/ntm/district-progress-schema.js';

describe('districtProgress', () => {
  it('has the documented types', () => {
    expectTypeOf(districtProgress('ntm-district-2016', [])).toEqualTypeOf<DistrictProgress>();
    expectTypeOf<DistrictProgress['qualifies']>().toEqualTypeOf<boolean | null>();
  });
});
