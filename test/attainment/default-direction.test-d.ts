// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { defaultDirection } from '../../src/attainment/default-direction.js';
import type { Direction } from '../../src/indicator/measure-schema.js';

describe('defaultDirection', () => {
  it('has the declared types', () => {
    expectTypeOf(defaultDirection).returns.toEqualTypeOf<Direction>();
  });
});
