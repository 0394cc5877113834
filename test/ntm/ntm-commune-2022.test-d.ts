// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommune2022 } from '../../src/ntm/ntm-commune-2022.js';

describe('ntmCommune2022 (QĐ 318/QĐ-TTg, xã NTM)', () => {
  it('has the documented type', () => {
    expectTypeOf(ntmCommune2022).toEqualTypeOf<CriteriaSet>();
  });
});
