// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { isPeriod } from '../../src/period/is-period.js';
import type { Period } from '../../src/period/period-schema.js';

describe('isPeriod', () => {
  it('narrows unknown to Period', () => {
    const value: unknown = { kind: 'year', year: 2021 };
    if (isPeriod(value)) expectTypeOf(value).toEqualTypeOf<Period>();
    expectTypeOf(isPeriod).guards.toEqualTypeOf<Period>();
  });
});
