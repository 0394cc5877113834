// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Indicator, IndicatorGroup } from '../../src/indicator/indicator-schema.js';
import type { Direction, Measure } from '../../src/indicator/measure-schema.js';

describe('indicatorSchema', () => {
  it('has the types of the contract', () => {
    expectTypeOf<Indicator['id']>().toEqualTypeOf<string>();
    expectTypeOf<Indicator['unit']>().toEqualTypeOf<string | null>();
    expectTypeOf<Indicator['measure']>().toEqualTypeOf<Measure>();
    expectTypeOf<Indicator['direction']>().toEqualTypeOf<Direction>();
    expectTypeOf<Indicator['group']>().toEqualTypeOf<IndicatorGroup | undefined>();
    expectTypeOf<IndicatorGroup>().toEqualTypeOf<
      'economy' | 'society' | 'environment' | 'party-building' | 'defence'
    >();
  });
});
