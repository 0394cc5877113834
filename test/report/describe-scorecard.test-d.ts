// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { describeScorecard, type ScorecardCounts } from '../../src/report/describe-scorecard.js';

describe('describeScorecard', () => {
  it('has the documented types', () => {
    expectTypeOf(describeScorecard).parameter(0).toEqualTypeOf<ScorecardCounts>();
    expectTypeOf(describeScorecard({ total: 1, attained: 1 })).toEqualTypeOf<string>();
  });
});
