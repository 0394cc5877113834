// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Rounding } from '../../src/numeric/rounding.js';
import type { roundingSchema } from '../../src/numeric/rounding-schema.js';

describe('roundingSchema', () => {
  it('outputs a Rounding', () => {
    expectTypeOf<z.output<typeof roundingSchema>>().toEqualTypeOf<Rounding>();
  });
});
