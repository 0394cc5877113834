// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type ParsedTarget, parseTarget } from '../../src/targets/parse-target.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('parseTarget', () => {
  it('has the types of the contract', () => {
    expectTypeOf(parseTarget).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseTarget).returns.toEqualTypeOf<ParsedTarget>();
    expectTypeOf<ParsedTarget['target']>().toEqualTypeOf<Target>();
    expectTypeOf<ParsedTarget['unit']>().toEqualTypeOf<string | null>();
    expectTypeOf<ParsedTarget['subject']>().toEqualTypeOf<string | null>();
    expectTypeOf<ParsedTarget['perYear']>().toEqualTypeOf<boolean>();
    expectTypeOf<ParsedTarget['text']>().toEqualTypeOf<string>();
  });
});
