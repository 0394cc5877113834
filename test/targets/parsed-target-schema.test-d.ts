// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { ParsedTarget, parsedTargetSchema } from '../../src/targets/parsed-target-schema.js';

describe('parsedTargetSchema', () => {
  it('has the types of the contract', () => {
    expectTypeOf<z.output<typeof parsedTargetSchema>>().toEqualTypeOf<ParsedTarget>();
  });
});
