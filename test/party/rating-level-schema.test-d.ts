// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { RatingCounts, RatingLevel } from '../../src/party/rating-level-schema.js';

describe('ratingLevelSchema', () => {
  it('types RatingLevel as the union of the four ids', () => {
    expectTypeOf<RatingLevel>().toEqualTypeOf<
      'excellent' | 'good' | 'completed' | 'not-completed'
    >();
  });
});

describe('ratingCountsSchema', () => {
  it('types RatingCounts as a readonly record of numbers', () => {
    expectTypeOf<RatingCounts['good']>().toEqualTypeOf<number>();
    expectTypeOf<RatingCounts>().toMatchTypeOf<Readonly<Record<RatingLevel, number>>>();
  });
});
