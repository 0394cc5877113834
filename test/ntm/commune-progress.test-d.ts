// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { communeProgress } from '../../src/ntm/commune-progress.js';
import type { CommuneProgress, CriteriaResults } from '../../src/ntm/commune-progress-schema.js';

describe('communeProgress', () => {
  it('has the documented types', () => {
    expectTypeOf(communeProgress('ntm-commune-2022', [])).toEqualTypeOf<CommuneProgress>();
    expectTypeOf<CommuneProgress['met']>().toEqualTypeOf<number>();
    expectTypeOf<CommuneProgress['qualifies']>().toEqualTypeOf<boolean>();
    expectTypeOf(communeProgress).parameter(1).toEqualTypeOf<CriteriaResults>();
  });
});
