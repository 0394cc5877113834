// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { change } from '../../src/attainment/change.js';
import type { Change } from '../../src/attainment/change-schema.js';
import { describeChange } from '../../src/report/describe-change.js';

describe('describeChange', () => {
  it('has the documented types', () => {
    expectTypeOf(describeChange).parameter(0).toEqualTypeOf<Change>();
    expectTypeOf(describeChange(change(1, 2))).toEqualTypeOf<string>();
  });
});
