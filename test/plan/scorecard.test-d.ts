// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type ItemStatus, scorecard, scorecardByGroup } from '../../src/plan/scorecard.js';
import type { Scorecard, ScorecardByGroup } from '../../src/plan/scorecard-schema.js';

describe('scorecard', () => {
  it('has the documented types', () => {
    expectTypeOf(scorecard)
      .parameter(0)
      .toEqualTypeOf<readonly { readonly status: ItemStatus }[]>();
    expectTypeOf(scorecard([])).toEqualTypeOf<Scorecard>();
    expectTypeOf<Scorecard['attained']>().toEqualTypeOf<number>();
  });
});

describe('scorecardByGroup', () => {
  it('has the documented types', () => {
    expectTypeOf(scorecardByGroup([])).toEqualTypeOf<ScorecardByGroup>();
    expectTypeOf(scorecardByGroup([]).economy).toEqualTypeOf<Scorecard | undefined>();
  });
});
