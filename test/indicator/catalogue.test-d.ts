// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type IndicatorKey, indicators } from '../../src/indicator/catalogue.js';
import type { Indicator } from '../../src/indicator/indicator-schema.js';

describe('indicators', () => {
  it('has the types of the contract', () => {
    expectTypeOf(indicators.partyAdmissions).toEqualTypeOf<Indicator>();
    expectTypeOf<IndicatorKey>().toExtend<string>();
    expectTypeOf<'povertyRate'>().toExtend<IndicatorKey>();
    expectTypeOf<'nonsense'>().not.toExtend<IndicatorKey>();
  });
});
