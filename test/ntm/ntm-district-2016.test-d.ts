// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { ntmDistrict2016 } from '../../src/ntm/ntm-district-2016.js';

describe('ntmDistrict2016 (QĐ 558/QĐ-TTg)', () => {
  it('has the documented type', () => {
    expectTypeOf(ntmDistrict2016).toEqualTypeOf<CriteriaSet>();
  });
});
