// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Indicator } from '../../src/indicator/indicator-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';
import type { PlanGroup } from '../../src/plan/plan-group.js';
import type {
  ItemEvaluation,
  Plan,
  PlanItem,
  PlanItemInput,
  PublishedScorecard,
  ReportedStatus,
} from '../../src/plan/plan-schema.js';
import type { Target } from '../../src/targets/target-schema.js';

describe('planItemSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<PlanItem['indicator']>().toEqualTypeOf<Indicator>();
    expectTypeOf<PlanItem['target']>().toEqualTypeOf<Target | undefined>();
    expectTypeOf<PlanItem['actual']>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<PlanItem['group']>().toEqualTypeOf<PlanGroup | undefined>();
    expectTypeOf<PlanItem['reportedStatus']>().toEqualTypeOf<ReportedStatus | undefined>();
    expectTypeOf<'trên 150'>().toMatchTypeOf<NonNullable<PlanItemInput['target']>>();
    expectTypeOf<'party-admissions'>().toMatchTypeOf<PlanItemInput['indicator']>();
  });
});

describe('planSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<Plan['items']>().toEqualTypeOf<readonly PlanItem[]>();
    expectTypeOf<Plan['published']>().toEqualTypeOf<PublishedScorecard | undefined>();
  });
});

describe('publishedScorecardSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<PublishedScorecard['attained']>().toEqualTypeOf<number>();
  });
});

describe('itemEvaluationSchema and reportedStatusSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<ItemEvaluation['tolerance']>().toEqualTypeOf<Decimal | undefined>();
    expectTypeOf<ReportedStatus>().toEqualTypeOf<'exceeded' | 'met' | 'not-met' | 'attained'>();
  });
});
