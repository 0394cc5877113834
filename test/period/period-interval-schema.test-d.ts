// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  PeriodInterval,
  periodIntervalSchema,
} from '../../src/period/period-interval-schema.js';

describe('periodIntervalSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<z.output<typeof periodIntervalSchema>>().toEqualTypeOf<PeriodInterval>();
  });
});
