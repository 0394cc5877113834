import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { periodKinds } from '../../src/period/period-kinds.js';
import { type PeriodKind, periodSchema } from '../../src/period/period-schema.js';

describe('periodKinds', () => {
  it('lists every kind the schema knows, once, from the shortest to the longest', () => {
    expect(periodKinds).toEqual([
      'month',
      'quarter',
      'half',
      'nine-months',
      'year',
      'stage',
      'term',
    ]);
    expect(new Set(periodKinds).size).toBe(7);
    for (const kind of periodKinds) {
      const r = z.safeParse(periodSchema, { kind });
      expect(r.error?.issues.every((i) => i.path[0] !== 'kind')).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(periodKinds)).toBe(true);
    expectTypeOf(periodKinds).toEqualTypeOf<readonly PeriodKind[]>();
  });
});
