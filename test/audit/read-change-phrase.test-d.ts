// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { ChangePhrase } from '../../src/audit/change-phrase-schema.js';
import { readChangePhrase } from '../../src/audit/read-change-phrase.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('readChangePhrase', () => {
  it('has the documented types', () => {
    const c = readChangePhrase('tăng 19');
    expectTypeOf(c).toEqualTypeOf<ChangePhrase>();
    expectTypeOf(c.value).toEqualTypeOf<Decimal>();
    expectTypeOf(c.direction).toEqualTypeOf<'increase' | 'decrease'>();
    expectTypeOf(c.unit).toEqualTypeOf<string | null>();
  });
});
