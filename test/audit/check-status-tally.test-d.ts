// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { checkStatusTally } from '../../src/audit/check-status-tally.js';
import type {
  PublishedTally,
  StatusTallyCheck,
} from '../../src/audit/status-tally-check-schema.js';

describe('checkStatusTally', () => {
  it('has the documented types', () => {
    const r = checkStatusTally([], '0/0');
    expectTypeOf(r).toEqualTypeOf<StatusTallyCheck>();
    expectTypeOf(r.computed.attained).toEqualTypeOf<number>();
    expectTypeOf(checkStatusTally).parameter(1).toEqualTypeOf<PublishedTally | string>();
  });
});
