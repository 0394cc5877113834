// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type FormatTargetOptions, formatTarget } from '../../src/targets/format-target.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('formatTarget', () => {
  it('has the types of the contract', () => {
    expectTypeOf(formatTarget).parameter(0).toEqualTypeOf<Target>();
    expectTypeOf(formatTarget).parameter(1).toEqualTypeOf<FormatTargetOptions | undefined>();
    expectTypeOf(formatTarget).returns.toEqualTypeOf<string>();
  });
});
