// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { getIndicator } from '../../src/indicator/get-indicator.js';
import type { Indicator } from '../../src/indicator/indicator-schema.js';

describe('getIndicator', () => {
  it('has the types of the contract', () => {
    expectTypeOf(getIndicator).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(getIndicator).returns.toEqualTypeOf<Indicator>();
  });
});
