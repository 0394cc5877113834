// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { perYearAt, wordsAt } from '../../src/targets/target-phrases.js';

describe('perYearAt and wordsAt', () => {
  it('has the types of the contract', () => {
    expectTypeOf(perYearAt).returns.toEqualTypeOf<number>();
    expectTypeOf(wordsAt).returns.toEqualTypeOf<boolean>();
  });
});
