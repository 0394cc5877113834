// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { QuotaAllocation } from '../../src/party/admission-quotas-schema.js';
import { allocateAdmissionQuotas } from '../../src/party/allocate-admission-quotas.js';

describe('allocateAdmissionQuotas', () => {
  it('has the documented types', () => {
    expectTypeOf(allocateAdmissionQuotas([{ unit: 'A' }], 1)).toEqualTypeOf<QuotaAllocation>();
  });
});
