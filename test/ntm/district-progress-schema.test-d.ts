// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  DistrictCommunes,
  DistrictConditionResult,
  districtCommunesSchema,
  TownProgress,
} from '../../src/ntm/district-progress-schema.js';
import type { Decimal, Numeric } from '../../src/numeric/decimal.js';

describe('townProgressSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<TownProgress['civilised']>().toEqualTypeOf<boolean | undefined>();
  });
});

describe('districtCommunesSchema', () => {
  it('has the documented types: Numeric in, Decimal out', () => {
    expectTypeOf<DistrictCommunes['satisfaction']>().toEqualTypeOf<Numeric | undefined>();
    expectTypeOf<z.output<typeof districtCommunesSchema>['satisfaction']>().toEqualTypeOf<
      Decimal | undefined
    >();
  });
});

describe('districtConditionResultSchema', () => {
  it('has the documented type', () => {
    expectTypeOf<DistrictConditionResult['status']>().toEqualTypeOf<
      'met' | 'not-met' | 'unknown' | 'not-applicable'
    >();
  });
});
