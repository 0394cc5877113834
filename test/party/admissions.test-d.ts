// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type AdmissionsInput, evaluateAdmissions } from '../../src/party/admissions.js';
import type { AdmissionsResult } from '../../src/party/admissions-schema.js';

const hk2021: AdmissionsInput = {
  admitted: 169,
  plan: 'trên 150 đảng viên',
  previous: 48,
  period: { kind: 'year', year: 2021 },
};

describe('evaluateAdmissions', () => {
  it('has the documented types', () => {
    expectTypeOf(evaluateAdmissions(hk2021)).toEqualTypeOf<AdmissionsResult>();
    expectTypeOf(evaluateAdmissions).parameter(0).toEqualTypeOf<AdmissionsInput>();
  });
});
