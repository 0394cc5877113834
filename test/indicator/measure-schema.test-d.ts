// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Direction, Measure } from '../../src/indicator/measure-schema.js';

describe('measureSchema and directionSchema', () => {
  it('has the types of the contract', () => {
    expectTypeOf<Measure>().toEqualTypeOf<'count' | 'amount' | 'rate'>();
    expectTypeOf<Direction>().toEqualTypeOf<'higher-is-better' | 'lower-is-better'>();
  });
});
