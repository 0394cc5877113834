// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from '../../src/numeric/decimal.js';
import type { LevelTarget, Target, TargetKind } from '../../src/targets/target-schema.js';

describe('targetSchema', () => {
  it('has the types of the contract', () => {
    expectTypeOf<TargetKind>().toEqualTypeOf<
      'at-least' | 'at-most' | 'exact' | 'range' | 'approximately' | 'change'
    >();
    expectTypeOf<Extract<Target, { kind: 'change' }>['by']>().toEqualTypeOf<LevelTarget>();
    expectTypeOf<Extract<Target, { kind: 'at-least' }>['value']>().toEqualTypeOf<Decimal>();
  });
});
