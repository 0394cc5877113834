// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { OcopTally } from '../../src/grassroots/ocop-schema.js';
import { ocopTally } from '../../src/grassroots/ocop-tally.js';

describe('ocopTally', () => {
  it('has the documented types', () => {
    expectTypeOf(ocopTally([])).toEqualTypeOf<OcopTally>();
  });
});
