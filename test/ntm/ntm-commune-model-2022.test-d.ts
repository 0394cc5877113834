// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet } from '../../src/ntm/criteria-set-schema.js';
import { ntmCommuneModel2022 } from '../../src/ntm/ntm-commune-model-2022.js';

describe('ntmCommuneModel2022 (QĐ 319/QĐ-TTg, xã NTM kiểu mẫu)', () => {
  it('has the documented type', () => {
    expectTypeOf(ntmCommuneModel2022).toEqualTypeOf<CriteriaSet>();
  });
});
