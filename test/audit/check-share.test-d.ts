// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkShare } from '../../src/audit/check-share.js';
import type { PercentReconciliation } from '../../src/audit/percent-reconciliation-schema.js';
import type { ShareCheck } from '../../src/audit/share-check-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('checkShare', () => {
  it('has the documented types', () => {
    const checked = checkShare(18, 20, '90%');
    expectTypeOf(checked.reconciliation).toEqualTypeOf<PercentReconciliation>();
    expectTypeOf(checked.consistent).toEqualTypeOf<boolean>();
    const unchecked = checkShare(6, 6);
    expectTypeOf(unchecked.reconciliation).toEqualTypeOf<null>();
    expectTypeOf(unchecked.share).toEqualTypeOf<Decimal>();
    const maybe: string | undefined = Math.random() > 2 ? '1%' : undefined;
    expectTypeOf(checkShare(1, 2, maybe)).toEqualTypeOf<ShareCheck>();
  });
});
