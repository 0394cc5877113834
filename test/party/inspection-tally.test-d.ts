// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { inspectionTally } from '../../src/party/inspection-tally.js';
import type {
  InspectionFigures,
  InspectionTally,
} from '../../src/party/inspection-tally-schema.js';

const y2021: InspectionFigures = {
  inspected: { organisations: 222, members: 39 },
  disciplined: { organisations: 1, members: 98 },
};

describe('inspectionTally', () => {
  it('has the documented types', () => {
    expectTypeOf(inspectionTally(y2021)).toEqualTypeOf<InspectionTally>();
  });
});
