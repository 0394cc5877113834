// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Attainment } from '../../src/attainment/attainment-schema.js';
import { parseAttainment } from '../../src/attainment/parse-attainment.js';

describe('parseAttainment', () => {
  it('has the declared types', () => {
    expectTypeOf(parseAttainment).returns.toEqualTypeOf<Attainment>();
    expectTypeOf(parseAttainment).parameter(0).toEqualTypeOf<unknown>();
  });
});
