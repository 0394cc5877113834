// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type AdmissionAgeCheck, checkAdmissionAge } from '../../src/party/admission-age.js';

describe('checkAdmissionAge', () => {
  it('has the documented types', () => {
    expectTypeOf(checkAdmissionAge('2003-06-15', '2021-06-15')).toEqualTypeOf<AdmissionAgeCheck>();
  });
});
