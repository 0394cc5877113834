// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { classificationTally } from '../../src/grassroots/classification.js';
import { describeClassification } from '../../src/grassroots/describe-grassroots.js';

const communes = classificationTally({ counts: { 'vung-manh-toan-dien': 18, yeu: 0 }, total: 20 });

describe('describeClassification', () => {
  it('has the documented types', () => {
    expectTypeOf(describeClassification(communes)).toEqualTypeOf<string>();
  });
});
