// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { CriteriaSet, CriteriaSetId } from '../../src/ntm/criteria-set-schema.js';
import { criteriaSets } from '../../src/ntm/criteria-sets.js';

describe('criteriaSets', () => {
  it('has the documented type', () => {
    expectTypeOf(criteriaSets).toEqualTypeOf<Readonly<Record<CriteriaSetId, CriteriaSet>>>();
  });
});
