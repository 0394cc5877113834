// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { parseTargetJson } from '../../src/targets/parse-target-json.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('parseTargetJson', () => {
  it('has the types of the contract', () => {
    expectTypeOf(parseTargetJson).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseTargetJson).returns.toEqualTypeOf<Target>();
  });
});
