// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CommuneProgressOptions,
  CriteriaResults,
} from '../../src/ntm/commune-progress-schema.js';

describe('criteriaResultsSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<CriteriaResults>().toEqualTypeOf<
      | readonly (string | number)[]
      | Readonly<Record<string, boolean | Readonly<Record<string, boolean>>>>
    >();
  });
});

describe('communeProgressOptionsSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<CommuneProgressOptions['tier']>().toEqualTypeOf<
      'standard' | 'advanced' | 'model' | undefined
    >();
  });
});
