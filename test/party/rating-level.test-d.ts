// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { compareRatingLevels, isRatingLevel } from '../../src/party/rating-level.js';
import type { RatingLevel } from '../../src/party/rating-level-schema.js';

describe('isRatingLevel', () => {
  it('narrows the type', () => {
    const value: unknown = 'good';
    if (isRatingLevel(value)) expectTypeOf(value).toEqualTypeOf<RatingLevel>();
  });
});

describe('compareRatingLevels', () => {
  it('has the documented types', () => {
    expectTypeOf(compareRatingLevels).parameters.toEqualTypeOf<[RatingLevel, RatingLevel]>();
    expectTypeOf(compareRatingLevels).returns.toEqualTypeOf<number>();
  });
});
