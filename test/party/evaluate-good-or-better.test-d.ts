// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import { evaluateGoodOrBetter } from '../../src/party/evaluate-good-or-better.js';
import { ratingShares } from '../../src/party/rating-shares.js';

const shares = ratingShares({ excellent: 3, good: 20, completed: 4, 'not-completed': 0 });

describe('evaluateGoodOrBetter', () => {
  it('has the documented types', () => {
    expectTypeOf(evaluateGoodOrBetter(shares, 'trên 80%')).toEqualTypeOf<Attainment>();
  });
});
