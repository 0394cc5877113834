// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { reconcilePercent } from '../../src/audit/reconcile-percent.js';
import type { Decimal } from '../../src/numeric/decimal.js';
import type { Rounding } from '../../src/numeric/rounding.js';

describe('reconcilePercent', () => {
  it('has the documented types', () => {
    const r = reconcilePercent('112,6%', 169, 150);
    expectTypeOf(r.computed).toEqualTypeOf<Decimal>();
    expectTypeOf(r.decimals).toEqualTypeOf<number>();
    expectTypeOf(r.matches).toEqualTypeOf<readonly Rounding[]>();
    expectTypeOf(r.candidates['half-up']).toEqualTypeOf<string>();
    expectTypeOf(r.verdict).toEqualTypeOf<'consistent' | 'unreproducible'>();
    expectTypeOf(reconcilePercent).parameter(0).toEqualTypeOf<string | number | Decimal>();
  });
});
