// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type PublishedPercent,
  readPublishedPercent,
} from '../../src/audit/read-published-percent.js';

describe('readPublishedPercent', () => {
  it('has the documented types', () => {
    expectTypeOf(readPublishedPercent).returns.toEqualTypeOf<PublishedPercent>();
  });
});
