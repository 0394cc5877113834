// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import type { RatingCounts } from '../../src/party/rating-level-schema.js';
import { ratingShares } from '../../src/party/rating-shares.js';
import type { RatingShares } from '../../src/party/rating-shares-schema.js';

const counts: RatingCounts = { excellent: 3, good: 20, completed: 4, 'not-completed': 0 };

describe('ratingShares', () => {
  it('has the documented types', () => {
    expectTypeOf(ratingShares(counts)).toEqualTypeOf<RatingShares>();
    expectTypeOf(ratingShares(counts).goodOrBetter.percent).toEqualTypeOf<Decimal | null>();
  });
});
