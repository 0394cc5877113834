// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { evaluateAdmissions } from '../../src/party/admissions.js';
import { describeAdmissions, describeInspections } from '../../src/party/describe-party.js';

const hk = evaluateAdmissions({
  admitted: 169,
  plan: 'trên 150 đảng viên',
  previous: 48,
  period: { kind: 'year', year: 2021 },
});

describe('describeAdmissions', () => {
  it('has the documented types', () => {
    expectTypeOf(describeAdmissions(hk)).toEqualTypeOf<string>();
  });
});

describe('describeInspections', () => {
  it('has the documented types', () => {
    expectTypeOf(describeInspections).returns.toEqualTypeOf<string>();
  });
});
