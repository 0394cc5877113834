// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Indicator } from '../../src/indicator/indicator-schema.js';
import { parseIndicator } from '../../src/indicator/parse-indicator.js';

describe('parseIndicator', () => {
  it('has the types of the contract', () => {
    expectTypeOf(parseIndicator).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseIndicator).returns.toEqualTypeOf<Indicator>();
  });
});
