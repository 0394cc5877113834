// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { resolveDirection } from '../../src/attainment/resolve-direction.js';
import type { Direction } from '../../src/indicator/measure-schema.js';

describe('resolveDirection', () => {
  it('has the declared types', () => {
    expectTypeOf(resolveDirection).returns.toEqualTypeOf<Direction>();
  });
});
