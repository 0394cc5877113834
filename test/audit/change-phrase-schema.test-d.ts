// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ChangePhrase } from '../../src/audit/change-phrase-schema.js';

describe('changePhraseSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<ChangePhrase['comparedWith']>().toEqualTypeOf<string | null>();
  });
});
