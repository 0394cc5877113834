import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import { checkStatusTally } from '../../src/audit/check-status-tally.js';
import {
  type PublishedTally,
  publishedTallySchema,
  type StatusTallyCheck,
  statusTallyCheckSchema,
  type TallyStatus,
  tallyStatusSchema,
} from '../../src/audit/status-tally-check-schema.js';

describe('tallyStatusSchema', () => {
  it('accepts the three statuses and pending', () => {
    expect(tallyStatusSchema.options).toEqual(['exceeded', 'met', 'not-met', 'pending']);
    expect(z.safeParse(tallyStatusSchema, 'done').success).toBe(false);
    expectTypeOf<TallyStatus>().toEqualTypeOf<'exceeded' | 'met' | 'not-met' | 'pending'>();
  });
});

describe('publishedTallySchema', () => {
  it('accepts whole numbers with attained ≤ total', () => {
    expect(z.parse(publishedTallySchema, { attained: 32, total: 39 })).toEqual({
      attained: 32,
      total: 39,
    });
    expect(z.safeParse(publishedTallySchema, { attained: 40, total: 39 }).success).toBe(false);
    expect(z.safeParse(publishedTallySchema, { attained: 1.5, total: 39 }).success).toBe(false);
    expect(z.safeParse(publishedTallySchema, { attained: -1, total: 39 }).success).toBe(false);
    expectTypeOf<PublishedTally>().toEqualTypeOf<{
      readonly attained: number;
      readonly total: number;
    }>();
  });
});

describe('statusTallyCheckSchema', () => {
  it('round-trips a check', () => {
    const r = checkStatusTally(['exceeded', 'met', 'not-met', 'pending'], '2/4');
    const back = z.parse(statusTallyCheckSchema, JSON.parse(JSON.stringify(r)));
    expect(back).toEqual(r);
  });

  it('rejects negative counts', () => {
    const json = JSON.parse(JSON.stringify(checkStatusTally(['met'], '1/1')));
    expect(
      z.safeParse(statusTallyCheckSchema, { ...json, computed: { ...json.computed, met: -1 } })
        .success,
    ).toBe(false);
    expectTypeOf<StatusTallyCheck['attainedDifference']>().toEqualTypeOf<number>();
  });
});
