// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Period, PeriodKind } from '../../src/period/period-schema.js';

describe('periodSchema', () => {
  it('has the documented types', () => {
    expectTypeOf<PeriodKind>().toEqualTypeOf<
      'year' | 'half' | 'quarter' | 'month' | 'nine-months' | 'stage' | 'term'
    >();
    expectTypeOf<Extract<Period, { kind: 'half' }>['half']>().toEqualTypeOf<1 | 2>();
    expectTypeOf<Extract<Period, { kind: 'quarter' }>['quarter']>().toEqualTypeOf<1 | 2 | 3 | 4>();
    expectTypeOf<Extract<Period, { kind: 'term' }>>().toEqualTypeOf<{
      readonly kind: 'term';
      readonly startYear: number;
      readonly endYear: number;
    }>();
    const assignYear = (p: Extract<Period, { kind: 'year' }>) => {
      // @ts-expect-error periods are readonly
      p.year = 2022;
    };
    expectTypeOf(assignYear).toBeFunction();
  });
});
