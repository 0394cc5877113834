// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { getCriteriaSet } from '../../src/ntm/get-criteria-set.js';

describe('getCriteriaSet', () => {
  it('has the documented types', () => {
    expectTypeOf(getCriteriaSet('ntm-commune-2016')).toEqualTypeOf<CriteriaSet>();
  });
});
