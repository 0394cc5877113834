// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Scorecard, ScorecardByGroup } from '../../src/plan/scorecard-schema.js';

describe('scorecardSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<Scorecard['total']>().toEqualTypeOf<number>();
    expectTypeOf<Scorecard>().toMatchTypeOf<{
      readonly attained: number;
      readonly pending: number;
    }>();
  });
});

describe('scorecardByGroupSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<ScorecardByGroup['economy']>().toEqualTypeOf<Scorecard | undefined>();
  });
});
