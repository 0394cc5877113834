// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { levelReference } from '../../src/attainment/level-reference.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('levelReference', () => {
  it('has the declared types', () => {
    expectTypeOf(levelReference).returns.toEqualTypeOf<Decimal>();
  });
});
