// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import { ratingFromScore } from '../../src/party/rating-from-score.js';
import type { RatingResult } from '../../src/party/rating-from-score-schema.js';
import type { RatingLevel } from '../../src/party/rating-level-schema.js';

describe('ratingFromScore', () => {
  it('has the documented types', () => {
    expectTypeOf(ratingFromScore(90)).toEqualTypeOf<RatingResult>();
    expectTypeOf(ratingFromScore(90).level).toEqualTypeOf<RatingLevel>();
    expectTypeOf(ratingFromScore(90).score).toEqualTypeOf<Decimal>();
  });
});
