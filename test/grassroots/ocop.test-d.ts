// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { starFromScore } from '../../src/grassroots/ocop.js';
import type { OcopStar } from '../../src/grassroots/ocop-schema.js';

describe('starFromScore', () => {
  it('has the documented types', () => {
    expectTypeOf(starFromScore(72)).toEqualTypeOf<OcopStar>();
    expectTypeOf(starFromScore(72).stars).toEqualTypeOf<3 | 4 | 5 | null>();
  });
});
