// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkModes } from '../../src/audit/check-modes.js';
import type { Rounding } from '../../src/numeric/rounding.js';

describe('checkModes', () => {
  it('has the documented types', () => {
    expectTypeOf(checkModes).returns.toEqualTypeOf<readonly Rounding[]>();
  });
});
