// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type FigureUnit, readUnit } from '../../src/targets/read-unit.js';

describe('readUnit', () => {
  it('has the types of the contract', () => {
    expectTypeOf(readUnit).returns.toEqualTypeOf<{
      readonly unit: FigureUnit;
      readonly next: number;
    }>();
  });
});
