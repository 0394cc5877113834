// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AdmissionRecord,
  type ProbationDueResult,
  probationDue,
  probationEndDate,
} from '../../src/party/probation.js';

const admissions: AdmissionRecord[] = [
  { id: 'A', admittedOn: '2021-03-26' },
  { id: 'B', admittedOn: '2021-09-02' },
  { id: 'C', admittedOn: '2021-01-15' },
  { admittedOn: '2021-06-30' },
  { id: 'E', admittedOn: '2021-07-01' },
];

describe('probationEndDate', () => {
  it('has the documented types', () => {
    expectTypeOf(probationEndDate).returns.toEqualTypeOf<string>();
  });
});

describe('probationDue', () => {
  it('has the documented types', () => {
    expectTypeOf(
      probationDue(admissions, { kind: 'year', year: 2022 }),
    ).toEqualTypeOf<ProbationDueResult>();
  });
});
