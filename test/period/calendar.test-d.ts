// Type tests: checked by `npm run typecheck` (tsc, part of `npm test`) and listed one by one by
// `npm run test:types` (vitest typecheck). They never run: runtime tests stay in the .test.ts file.
import { describe, expectTypeOf, it } from 'vitest';
import { type CalendarDate, dayNumber, readDate } from '../../src/period/calendar.js';

describe('readDate', () => {
  it('has the documented types', () => {
    expectTypeOf(readDate).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(dayNumber).returns.toEqualTypeOf<number>();
  });
});
