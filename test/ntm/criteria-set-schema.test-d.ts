// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet, CriteriaSetId, Criterion } from '../../src/ntm/criteria-set-schema.js';

describe('criteriaSetSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<CriteriaSet['id']>().toEqualTypeOf<CriteriaSetId>();
    expectTypeOf<CriteriaSet['criteria']>().toEqualTypeOf<readonly Criterion[]>();
    expectTypeOf<CriteriaSet['level']>().toEqualTypeOf<'commune' | 'district'>();
    expectTypeOf<Criterion['number']>().toEqualTypeOf<number>();
  });
});
