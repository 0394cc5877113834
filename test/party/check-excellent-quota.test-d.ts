// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkExcellentQuota } from '../../src/party/check-excellent-quota.js';
import type { ExcellentQuotaCheck } from '../../src/party/check-excellent-quota-schema.js';
import type { RatingCounts } from '../../src/party/rating-level-schema.js';

const twelveGood: RatingCounts = { excellent: 3, good: 12, completed: 1, 'not-completed': 0 };

describe('checkExcellentQuota', () => {
  it('has the documented types', () => {
    expectTypeOf(checkExcellentQuota(twelveGood)).toEqualTypeOf<ExcellentQuotaCheck>();
    expectTypeOf(checkExcellentQuota(twelveGood).maxExcellent).toEqualTypeOf<number>();
  });
});
