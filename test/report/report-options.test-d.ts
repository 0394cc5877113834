// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type ResolvedRounding, resolveRounding } from '../../src/notation/house-rounding.js';
import { flagOption, type OptionRecord, readOptions } from '../../src/report/report-options.js';

describe('the option readers', () => {
  it('has the documented types', () => {
    expectTypeOf(readOptions).returns.toEqualTypeOf<OptionRecord>();
    expectTypeOf(resolveRounding).returns.toEqualTypeOf<ResolvedRounding>();
    expectTypeOf(flagOption).returns.toEqualTypeOf<boolean | undefined>();
  });
});
