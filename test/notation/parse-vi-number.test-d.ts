// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { parseViNumber } from '../../src/notation/parse-vi-number.js';
import type { Decimal } from '../../src/numeric/decimal.js';

describe('parseViNumber', () => {
  it('has the documented types', () => {
    expectTypeOf(parseViNumber('1')).toEqualTypeOf<Decimal>();
  });
});
