// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  DescribeDistrictProgressOptions,
  DescribeNtmRollupOptions,
} from '../../src/ntm/describe-ntm-schema.js';

describe('describe option schemas', () => {
  it('have the documented types', () => {
    expectTypeOf<DescribeNtmRollupOptions['since']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeDistrictProgressOptions['previous']>().toMatchTypeOf<
      number | object | undefined
    >();
  });
});
