// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AdmissionQuotaCheck,
  AdmissionUnit,
} from '../../src/party/admission-quotas-schema.js';
import { checkAdmissionQuotas } from '../../src/party/check-admission-quotas.js';

// Illustrative units of a district plan of 90 a year, each đảng bộ xã "ít nhất 07".
const units: AdmissionUnit[] = [
  { unit: 'Đảng bộ xã A', quota: 30, admitted: 33 },
  { unit: 'Đảng bộ xã B', quota: 25, admitted: 25 },
  { unit: 'Đảng bộ xã C', quota: 29, admitted: 20 },
  { unit: 'Đảng bộ phường D', quota: 6, admitted: 7 },
];

describe('checkAdmissionQuotas', () => {
  it('has the documented types', () => {
    expectTypeOf(checkAdmissionQuotas(units, 90)).toEqualTypeOf<AdmissionQuotaCheck>();
  });
});
