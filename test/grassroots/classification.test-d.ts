// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { classificationTally } from '../../src/grassroots/classification.js';
import type { ClassificationTally } from '../../src/grassroots/classification-schema.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('classificationTally', () => {
  it('has the documented types', () => {
    const t = classificationTally([]);
    expectTypeOf(t).toEqualTypeOf<ClassificationTally>();
    expectTypeOf(t.top.percent).toEqualTypeOf<Decimal | null>();
    expectTypeOf(t.noneWeak).toEqualTypeOf<boolean | null>();
  });
});
