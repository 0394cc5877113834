// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import type { RatingConditions } from '../../src/party/rating-from-score-schema.js';

describe('ratingConditionsSchema', () => {
  it('types shares as Decimals', () => {
    expectTypeOf<RatingConditions['lateTaskShare']>().toEqualTypeOf<Decimal | undefined>();
  });
});
