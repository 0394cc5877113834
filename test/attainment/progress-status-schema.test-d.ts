// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ProgressInput,
  ProgressOutcome,
} from '../../src/attainment/progress-status-schema.js';
import type { Numeric } from '../../src/numeric/decimal.js';

describe('progressStatusSchema', () => {
  it('has the declared types', () => {
    expectTypeOf<ProgressOutcome>().toEqualTypeOf<
      'target-achieved' | 'substantial' | 'moderate' | 'limited' | 'deterioration'
    >();
    expectTypeOf<ProgressInput['baseValue']>().toEqualTypeOf<Numeric>();
  });
});
