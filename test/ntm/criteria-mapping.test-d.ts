// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import type { CommuneProgress } from '../../src/ntm/commune-progress-schema.js';
import {
  type CriteriaCorrespondence,
  criteriaCorrespondences,
  mapCommuneProgress,
  mapCriterion,
} from '../../src/ntm/criteria-mapping.js';
import type { Criterion } from '../../src/ntm/criteria-set-schema.js';

describe('criteriaCorrespondences', () => {
  it('has the documented type', () => {
    expectTypeOf(criteriaCorrespondences).toEqualTypeOf<readonly CriteriaCorrespondence[]>();
  });
});

describe('mapCriterion', () => {
  it('has the documented type', () => {
    expectTypeOf(
      mapCriterion(1, 'ntm-commune-2016', 'ntm-commune-2022'),
    ).toEqualTypeOf<Criterion>();
  });
});

describe('mapCommuneProgress', () => {
  it('has the documented type', () => {
    expectTypeOf(
      mapCommuneProgress(communeProgress('ntm-commune-2016', []), 'ntm-commune-2022'),
    ).toEqualTypeOf<CommuneProgress>();
  });
});
